import type { Block, Quote, TextSpan } from "./article.js";

/** How the blocks of a quotation that runs over several paragraphs are joined into its text. */
export const BLOCK_SEPARATOR = "\n\n";

/**
 * The text a span covers: `blocks[blockIndex].text.slice(start, end)`. When a quote sets
 * `endBlockIndex`, the text runs from `start` in `blocks[blockIndex]` to `end` in
 * `blocks[endBlockIndex]`, with the blocks joined by a blank line ("\n\n").
 * Returns `undefined` when the span points outside the blocks.
 */
export function spanText(
  blocks: readonly Pick<Block, "text">[],
  span: TextSpan & Pick<Partial<Quote>, "endBlockIndex">,
): string | undefined {
  const first = blocks[span.blockIndex];
  const lastIndex = span.endBlockIndex ?? span.blockIndex;
  const last = blocks[lastIndex];
  if (first === undefined || last === undefined || lastIndex < span.blockIndex) return undefined;
  if (span.start > first.text.length || span.end > last.text.length) return undefined;
  if (lastIndex === span.blockIndex) {
    return span.start <= span.end ? first.text.slice(span.start, span.end) : undefined;
  }
  const middle = blocks.slice(span.blockIndex + 1, lastIndex).map((block) => block.text);
  return [first.text.slice(span.start), ...middle, last.text.slice(0, span.end)].join(
    BLOCK_SEPARATOR,
  );
}
