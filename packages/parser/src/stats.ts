import type { Block } from "@news/schema";

export const WORDS_PER_MINUTE = 230;

const BODY_TYPES = new Set<Block["type"]>(["paragraph", "heading", "quote", "list-item"]);

/** Chinese, Japanese and Korean text has no spaces: each character counts as a word. */
function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** Separators other than the plain space, and letters of scripts that may be CJK. */
const NOT_PLAIN = /[\t\n\r\u00a0\u3040-\uffff]/;

/** Words of text whose only separator is the plain space: a native search from space to space. */
function countSpacedWords(text: string): number {
  let count = 0;
  let start = 0;
  for (;;) {
    const space = text.indexOf(" ", start);
    const end = space === -1 ? text.length : space;
    if (end > start) count++;
    if (space === -1) return count;
    start = space + 1;
  }
}

function countWords(text: string): number {
  if (!NOT_PLAIN.test(text)) return countSpacedWords(text);
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x3000 && isCjk(code)) {
      count++;
      inWord = false;
      continue;
    }
    const space = code === 32 || code === 10 || code === 9 || code === 160 || code === 13;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Words in the story's own text (cross-links and credits are not read as the story). */
export function measureReading(blocks: readonly Block[]): {
  wordCount: number;
  readingTimeMinutes: number;
} {
  let wordCount = 0;
  for (const block of blocks) if (BODY_TYPES.has(block.type)) wordCount += countWords(block.text);
  return {
    wordCount,
    readingTimeMinutes: wordCount === 0 ? 0 : Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE)),
  };
}
