import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { cursor, entityType, limit, optionalName, slugInput } from "../inputs";
import { publicProcedure, router } from "../trpc";

export const articleRouter = router({
  list: publicProcedure
    .input(
      z
        .object({ cursor, limit: limit(50, 20), section: optionalName, entity: optionalName })
        .default({ limit: 20 }),
    )
    .query(({ ctx, input }) => ctx.store.listArticles(input)),

  bySlug: publicProcedure.input(slugInput).query(({ ctx, input }) => {
    const article = ctx.store.getArticle(input.slug);
    if (!article) throw new TRPCError({ code: "NOT_FOUND", message: `No article "${input.slug}"` });
    return article;
  }),

  /** When the store first indexed the article (ISO date), or null when it cannot tell. */
  indexedAt: publicProcedure.input(slugInput).query(({ ctx, input }) => {
    const summary = ctx.store.getArticleSummary(input.slug);
    if (!summary) throw new TRPCError({ code: "NOT_FOUND", message: `No article "${input.slug}"` });
    return summary.indexedAt;
  }),

  search: publicProcedure
    .input(
      z.object({
        q: z.string().trim().min(1).max(200),
        cursor,
        limit: limit(50, 10),
        section: optionalName,
        entityType,
      }),
    )
    .query(({ ctx, input }) => {
      const { q, ...options } = input;
      return ctx.store.search(q, options);
    }),

  related: publicProcedure
    .input(slugInput.extend({ limit: limit(20, 4) }))
    .query(({ ctx, input }) => {
      if (!ctx.store.getArticle(input.slug)) {
        throw new TRPCError({ code: "NOT_FOUND", message: `No article "${input.slug}"` });
      }
      return ctx.store.relatedArticles(input.slug, input.limit);
    }),
});
