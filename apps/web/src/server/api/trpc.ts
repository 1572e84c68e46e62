import type { Store } from "@news/store";
import { initTRPC, TRPCError } from "@trpc/server";

export interface Context {
  store: Store;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    // Unexpected failures reach clients as a plain message: no stack, no internals.
    const message =
      error.code === "INTERNAL_SERVER_ERROR" ? "Internal server error" : shape.message;
    return { ...shape, message, data: { ...shape.data, stack: undefined } };
  },
});

/** The store rejects input it cannot use (such as a forged cursor) with StoreInputError: a client error. */
const storeInputErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause?.name === "StoreInputError") {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: result.error.cause.message,
      cause: result.error.cause,
    });
  }
  return result;
});

export const router = t.router;
export const publicProcedure = t.procedure.use(storeInputErrors);
export const createCallerFactory = t.createCallerFactory;
