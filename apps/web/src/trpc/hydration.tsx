import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { ReactNode } from "react";
import { cache } from "react";
import { type AppRouter, appRouter } from "~/server/api/root";
import { createContext } from "./caller";
import { createQueryClient } from "./query-client";

/** The request's query client: what server components prefetch into it is handed to HydrateClient. */
export const getQueryClient = cache(createQueryClient);

/** Query options for prefetching on the server what a client component will ask for. */
export const trpc = createTRPCOptionsProxy<AppRouter>({
  router: appRouter,
  ctx: createContext,
  queryClient: getQueryClient,
});

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
