/**
 * Membership test on a text of lines sorted by UTF-16 code units, without splitting it:
 * a binary search over character offsets. Lets a 200,000-line word list load in a few milliseconds.
 */
export class SortedLines {
  readonly #text: string;
  readonly #separator: string;

  constructor(text: string) {
    this.#text = text;
    this.#separator = text.includes("\r\n") ? "\r\n" : "\n";
  }

  has(word: string): boolean {
    const text = this.#text;
    let low = 0;
    let high = text.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const lineStart = text.lastIndexOf("\n", middle - 1) + 1;
      let lineEnd = text.indexOf(this.#separator, lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      const order = compareLine(text, lineStart, lineEnd, word);
      if (order === 0) return true;
      if (order < 0) {
        low = lineEnd + this.#separator.length;
      } else {
        high = lineStart;
      }
    }
    return false;
  }
}

/** How `text.slice(start, end)` sorts against `word`, by UTF-16 code units as `<` does, without the slice. */
function compareLine(text: string, start: number, end: number, word: string): number {
  const length = end - start;
  const common = Math.min(length, word.length);
  for (let index = 0; index < common; index++) {
    const difference = text.charCodeAt(start + index) - word.charCodeAt(index);
    if (difference !== 0) return difference;
  }
  return length - word.length;
}
