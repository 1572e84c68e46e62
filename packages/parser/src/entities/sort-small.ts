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
