import { TRPCError } from "@trpc/server";

export function isTrpcError(error: unknown, code: TRPCError["code"]): boolean {
  return error instanceof TRPCError && error.code === code;
}

/**
 * Runs a read of one thing by its slug and turns "not found" into null. A slug the input rules
 * refuse (BAD_REQUEST, e.g. longer than any slug can be) cannot name anything either, so it is
 * not found too; every other failure still throws.
 */
export async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (isTrpcError(error, "NOT_FOUND") || isTrpcError(error, "BAD_REQUEST")) return null;
    throw error;
  }
}
