import type { RawBlock } from "./draft.js";

const MAX_HEADING_LENGTH = 80;
const MAX_HEADING_WORDS = 12;

const HEADING_END = /[.!?,;:…"'”’)\]]$/;
/** A line ending in one of these is a sentence broken off, not a heading. */
const DANGLING_WORDS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "but",
  "as",
  "of",
  "to",
  "in",
  "on",
  "at",
  "by",
  "for",
  "with",
  "from",
  "that",
  "which",
  "who",
  "is",
  "was",
  "were",
  "are",
  "be",
  "has",
  "had",
  "have",
  "his",
  "her",
  "its",
  "their",
  "than",
  "into",
  "after",
  "before",
  "while",
  "when",
  "if",
]);
const STARTS_UPPER = /^[\p{Lu}\p{N}"“‘'(]/u;

/** A short line standing alone between paragraphs, not ending like a sentence. */
export function isSubheading(raw: RawBlock, index: number, all: readonly RawBlock[]): boolean {
  if (raw.kind !== "prose" || raw.standalone !== true) return false;
  if (index === 0 || index === all.length - 1) return false;
  const text = raw.text;
  if (text.length > MAX_HEADING_LENGTH || HEADING_END.test(text) || !STARTS_UPPER.test(text)) {
    return false;
  }
  const words = text.split(" ");
  if (words.length > MAX_HEADING_WORDS || !/\p{L}/u.test(text)) return false;
  if (DANGLING_WORDS.has(words.at(-1)?.toLowerCase() ?? "")) return false;
  const next = all[index + 1];
  return (
    next !== undefined &&
    next.kind === "prose" &&
    next.text.length > text.length &&
    !/^\p{Ll}/u.test(next.text)
  );
}
