import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { ReactNode } from "react";
import { cache } from "react";
import { type AppRouter, appRouter, createCaller } from "~/server/api/root";
import { getStore } from "~/server/store";
import { createQueryClient } from "./query-client";

const createContext = cache(async () => ({ store: await getStore() }));

/** Server components read data through this caller: same procedures, validation and errors as /api/trpc. */
export const api = cache(async () => createCaller(await createContext()));

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
