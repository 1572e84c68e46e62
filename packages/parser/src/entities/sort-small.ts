import type { TextSpan } from "@news/schema";

/** Lengths up to which insertion sort beats the built-in sort, which allocates work space per call. */
const INSERTION_SORT_MAX = 24;

/**
 * Sorts `items` in place, stably, like `Array.prototype.sort`. The short, nearly sorted arrays of one
 * article (an entity's mentions, an article's entities) are sorted by insertion without allocating.
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): void {
  if (items.length > INSERTION_SORT_MAX) {
    items.sort(compare);
    return;
  }
  for (let index = 1; index < items.length; index++) {
    const item = items[index] as T;
    let hole = index;
    while (hole > 0 && compare(items[hole - 1] as T, item) > 0) {
      items[hole] = items[hole - 1] as T;
      hole--;
    }
    items[hole] = item;
  }
}

function isAfter(a: TextSpan, b: TextSpan): boolean {
  return a.blockIndex > b.blockIndex || (a.blockIndex === b.blockIndex && a.start > b.start);
}

/**
 * Sorts spans in reading order (block, then start), stably: `sortSmall` with the comparison written in,
 * as a comparator passed to a function called with several is a call per comparison.
 */
export function sortSpans(spans: TextSpan[]): void {
  if (spans.length > INSERTION_SORT_MAX) {
    spans.sort((a, b) => a.blockIndex - b.blockIndex || a.start - b.start);
    return;
  }
  for (let index = 1; index < spans.length; index++) {
    const span = spans[index] as TextSpan;
    let hole = index;
    while (hole > 0 && isAfter(spans[hole - 1] as TextSpan, span)) {
      spans[hole] = spans[hole - 1] as TextSpan;
      hole--;
    }
    spans[hole] = span;
  }
}
