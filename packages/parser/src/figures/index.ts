import type { Block, Figure } from "@news/schema";
import { scanFigures } from "./scan-figures.js";

/**
 * Percentages, money (with ISO 4217 currency), scaled amounts, counts and quantities with their unit,
 * and years, in reading order. `value` is scaled ("5.93 mln" → 5930000); `text` is the slice as written.
 */
export function extractFigures(blocks: readonly Block[]): Figure[] {
  const figures: Figure[] = [];
  blocks.forEach((block, blockIndex) => {
    scanFigures(block.text, blockIndex, figures);
  });
  return figures;
}
