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
      const line = text.slice(lineStart, lineEnd);
      if (line === word) return true;
      if (line < word) {
        low = lineEnd + this.#separator.length;
      } else {
        high = lineStart;
      }
    }
    return false;
  }
}
