import type { Block, Figure } from "@news/schema";

export function extractFigures(_blocks: readonly Block[]): Figure[] {
  return [];
}
