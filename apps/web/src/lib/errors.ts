import { TRPCError } from "@trpc/server";

export function isTrpcError(error: unknown, code: TRPCError["code"]): boolean {
  return error instanceof TRPCError && error.code === code;
}

/** Runs a read and turns "not found" into null; every other failure still throws. */
export async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (isTrpcError(error, "NOT_FOUND")) return null;
    throw error;
  }
}
