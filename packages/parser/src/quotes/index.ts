import type { Block, Entity, Quote, Warning } from "@news/schema";

export function extractQuotes(
  _blocks: readonly Block[],
  _entities: readonly Entity[],
): { quotes: Quote[]; warnings: Warning[] } {
  return { quotes: [], warnings: [] };
}
