/**
 * How many entities the search box suggests. Shared by the server prefetch and the client island,
 * so both build the same query key; it lives outside the client module because a server component
 * importing from a "use client" file gets client references, not values.
 */
export const SUGGESTION_LIMIT = 8;
