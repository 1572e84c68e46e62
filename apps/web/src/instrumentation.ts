export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads instrumentation too; indexing and watching belong to the running server only.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { bootStore } = await import("./server/store");
  await bootStore();
}
