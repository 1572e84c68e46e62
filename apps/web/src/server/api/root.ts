import { articleRouter } from "./routers/article";
import { entityRouter } from "./routers/entity";
import { quoteRouter } from "./routers/quote";
import { createCallerFactory, publicProcedure, router } from "./trpc";

export const appRouter = router({
  article: articleRouter,
  entity: entityRouter,
  quote: quoteRouter,
  stats: publicProcedure.query(({ ctx }) => ctx.store.stats()),
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
