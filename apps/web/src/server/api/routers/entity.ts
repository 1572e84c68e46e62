import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { entityType, limit, optionalName, slugInput } from "../inputs";
import { publicProcedure, router } from "../trpc";

export const entityRouter = router({
  list: publicProcedure
    .input(
      z
        .object({ type: entityType, limit: limit(500, 100), query: optionalName })
        .default({ limit: 100 }),
    )
    .query(({ ctx, input }) => ctx.store.listEntities(input)),

  bySlug: publicProcedure.input(slugInput).query(({ ctx, input }) => {
    const entity = ctx.store.getEntity(input.slug);
    if (!entity) throw new TRPCError({ code: "NOT_FOUND", message: `No entity "${input.slug}"` });
    return entity;
  }),
});
