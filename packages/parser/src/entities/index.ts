import type { Block, Entity } from "@news/schema";

export function extractEntities(
  _blocks: readonly Block[],
  _context: { title: string; language: string },
): Entity[] {
  return [];
}
