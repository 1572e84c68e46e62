import type { Block } from "@news/schema";
import { HASH_START, hashRange, hashStep, RangeTable } from "./word-table.js";

/** Shorter words are never keywords, so they are not counted as terms. */
export const MIN_TERM_LENGTH = 4;
/** A word in the title counts as much as this many in the body. */
const TITLE_WEIGHT = 2;

/** The story's own text: cross-links and credits are not read as the story. */
const STORY_BLOCKS = new Set<Block["type"]>(["paragraph", "heading", "quote", "list-item"]);

/** What one pass over the story's words finds: its terms, for keywords, and its length, for reading time. */
export interface StoryWords {
  /**
   * Lowercased words of MIN_TERM_LENGTH letters or more, without a possessive "'s", in the order
   * first seen; `terms.countOf(index)` is how often term `index` occurs, a title occurrence
   * counting TITLE_WEIGHT.
   */
  readonly terms: RangeTable;
  /** The indexes of the terms that end in "s", in the order first seen: those a plural merge visits. */
  readonly plurals: number[];
  /** Words of the story's blocks (not the title): runs of non-space text, and each CJK character. */
  readonly wordCount: number;
}

const LETTER = /[\p{L}\p{M}]/u;
/** Per UTF-16 code unit outside ASCII: 0 not yet tested, 1 a letter or mark, 2 neither. */
const LETTER_CACHE = new Uint8Array(0x10000);

/** A letter or mark of lowercased text, which holds no A–Z. */
function isLowerLetter(code: number): boolean {
  return code < 128 ? code >= 97 && code <= 122 : isOtherLetter(code);
}

/** Letters and marks outside ASCII, each tested once. */
function isOtherLetter(code: number): boolean {
  let known = LETTER_CACHE[code] ?? 0;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_CACHE[code] = known;
  }
  return known === 1;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** An apostrophe or hyphen, which may join letters inside a word ("don't", "indo-pacific"). */
function isJoiner(code: number): boolean {
  return code === 39 || code === 45 || code === 0x2019;
}

/** Chinese, Japanese and Korean text has no spaces: each character counts as a word. */
function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** Separators other than the plain space (tab, line breaks, no-break space) break a plainly spaced text. */
function isOtherSpace(code: number): boolean {
  return code === 10 || code === 9 || code === 13 || code === 160;
}

/** The first code unit of the scripts that may be CJK: text without any is spaced like English. */
const FIRST_WIDE = 0x3040;

/** Words of any text: runs of non-space characters, and each CJK character. */
function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isCjk(code)) {
      count++;
      inWord = false;
      continue;
    }
    const space = code === 32 || isOtherSpace(code);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

interface Counting {
  readonly terms: RangeTable;
  readonly plurals: number[];
}

/** What `scanTerms` returns for text it cannot count words in by plain spaces. */
const NOT_PLAINLY_SPACED = -1;

/**
 * Adds `weight` for every term of `text`, and returns its word count when the plain space is its
 * only separator and it has no CJK text, else NOT_PLAINLY_SPACED. A hand-rolled scan
 * that hashes as it reads: it runs over every article's whole text once, and allocates nothing
 * for a term (the table keeps where it was first seen).
 */
function scanTerms(text: string, weight: number, into: Counting): number {
  const lower = text.toLowerCase();
  const length = lower.length;
  const { terms, plurals } = into;
  let words = 0;
  let afterSpace = true;
  let isPlain = true;
  /** The bitwise or of every letter past ASCII: at least the highest, so below FIRST_WIDE means no CJK. */
  let letterBits = 0;
  let i = 0;
  while (i < length) {
    const first = lower.charCodeAt(i);
    if (first === 32) {
      afterSpace = true;
      i++;
      continue;
    }
    if (afterSpace) words++;
    afterSpace = false;
    if (!isLowerLetter(first)) {
      if (isOtherSpace(first) || first >= FIRST_WIDE) isPlain = false;
      i++;
      continue;
    }
    const start = i;
    if (first >= 128) letterBits |= first;
    let hash = hashStep(HASH_START, first);
    /** The word's last code unit, and whether a joiner is inside it, as a possessive "'s" needs. */
    let last = first;
    let joined = false;
    /** The code unit after the word (0 at the end of the text): a space is passed over here. */
    let after = 0;
    i++;
    while (i < length) {
      const code = lower.charCodeAt(i);
      // The text is lowercased: most letters are these 26, which need no other test.
      if (code >= 97 && code <= 122) {
        hash = hashStep(hash, code);
      } else if (code >= 128 && isOtherLetter(code)) {
        letterBits |= code;
        hash = hashStep(hash, code);
      } else if (isJoiner(code) && i + 1 < length && isLowerLetter(lower.charCodeAt(i + 1))) {
        joined = true;
        hash = hashStep(hash, code);
      } else {
        after = code;
        break;
      }
      last = code;
      i++;
    }
    let end = i;
    if (after === 32) {
      afterSpace = true;
      i++;
    }
    if (end - start < MIN_TERM_LENGTH) continue;
    if (joined && last === 115 && isApostrophe(lower.charCodeAt(end - 2))) {
      end -= 2;
      if (end - start < MIN_TERM_LENGTH) continue;
      hash = hashRange(lower, start, end);
      last = lower.charCodeAt(end - 1);
    }
    const added = terms.size;
    if (terms.count(lower, start, end, hash, weight) === added && last === 115) plurals.push(added);
  }
  return isPlain && letterBits < FIRST_WIDE ? words : NOT_PLAINLY_SPACED;
}

/**
 * A news story has one distinct term to 11-15 characters, and long stories fewer: a term table
 * sized at one to this many seldom grows, and a short story's is small.
 */
const CHARACTERS_PER_TERM = 10;
/** A table sized for a longer text would be mostly empty: past this many terms it grows instead. */
const MOST_EXPECTED_TERMS = 4096;

function expectedTerms(title: string, blocks: readonly Block[]): number {
  let characters = title.length;
  for (const block of blocks) characters += block.text.length;
  return Math.min(characters / CHARACTERS_PER_TERM, MOST_EXPECTED_TERMS);
}

/** Reads the title and the story's blocks once: their terms and the story's word count. */
export function readStoryWords(title: string, blocks: readonly Block[]): StoryWords {
  const counting: Counting = { terms: new RangeTable(expectedTerms(title, blocks)), plurals: [] };
  scanTerms(title, TITLE_WEIGHT, counting);
  let wordCount = 0;
  for (const block of blocks) {
    if (!STORY_BLOCKS.has(block.type)) continue;
    const words = scanTerms(block.text, 1, counting);
    wordCount += words === NOT_PLAINLY_SPACED ? countWords(block.text) : words;
  }
  const { terms, plurals } = counting;
  return { terms, plurals, wordCount };
}
