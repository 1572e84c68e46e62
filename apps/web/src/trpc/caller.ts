import { cache } from "react";
import { createCaller } from "~/server/api/root";
import { getStore } from "~/server/store";

/** The context of one request: the process-wide store. */
export const createContext = cache(async () => ({ store: await getStore() }));

/**
 * Server components and getServerSideProps read data through this caller: same procedures,
 * validation and errors as /api/trpc. Kept apart from the hydration helpers so pages that only
 * read ship no React Query.
 */
export const api = cache(async () => createCaller(await createContext()));
