import { z } from "zod";
import { cursor, limit, optionalName } from "../inputs";
import { publicProcedure, router } from "../trpc";

export const quoteRouter = router({
  list: publicProcedure
    .input(
      z.object({ speaker: optionalName, limit: limit(100, 30), cursor }).default({ limit: 30 }),
    )
    .query(({ ctx, input }) => ctx.store.listQuotes(input)),
});
