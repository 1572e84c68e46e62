import stopword, { type LanguageCode } from "stopword";
import { HASH_START, hashRange, hashStep } from "./word-table.js";

/** The stopword lists of the other languages written in the Latin alphabet. */
const OTHER_LATIN_LISTS: readonly LanguageCode[] = [
  "afr",
  "bre",
  "cat",
  "ces",
  "dan",
  "deu",
  "epo",
  "est",
  "eus",
  "fin",
  "fra",
  "gle",
  "glg",
  "hau",
  "hrv",
  "hun",
  "ind",
  "ita",
  "kur",
  "lat",
  "lav",
  "lit",
  "msa",
  "nld",
  "nob",
  "pol",
  "por",
  "ron",
  "slk",
  "slv",
  "som",
  "sot",
  "spa",
  "swa",
  "swe",
  "tgl",
  "tur",
  "vie",
  "yor",
  "zul",
];

/** The sample is read in words of ASCII letters: function words with other characters never match. */
const ASCII_WORD = /^[a-z]+$/;

/** Every function word the sample can match, with the lists it is in: 0 is English, then OTHER_LATIN_LISTS. */
const LISTS_OF_WORD = new Map<string, number[]>();
for (const [list, code] of ["eng" as const, ...OTHER_LATIN_LISTS].entries()) {
  for (const word of stopword[code]) {
    if (!ASCII_WORD.test(word)) continue;
    const lists = LISTS_OF_WORD.get(word);
    if (lists === undefined) LISTS_OF_WORD.set(word, [list]);
    else if (!lists.includes(list)) lists.push(list);
  }
}

/**
 * The function words as an open-addressing table in three typed arrays, so that a look-up reads few
 * cache lines (the rest of an article's parse pushes the table out of the cache between two articles):
 * four numbers a slot (the hash, where the word's letters start in LETTERS, where its lists start in
 * LISTS, its length << 8 | its number of lists; 0 for an empty slot), then every word's letters one
 * after another, and every word's lists. English's words come first in both, where most look-ups end.
 */
const SLOT_SIZE = 4;
const SLOT_MASK = 2 ** Math.ceil(Math.log2(LISTS_OF_WORD.size * 2)) - 1;
const SLOTS = new Int32Array((SLOT_MASK + 1) * SLOT_SIZE);
const LETTERS = new Uint8Array([...LISTS_OF_WORD.keys()].join("").length);
const LISTS = Uint8Array.from([...LISTS_OF_WORD.values()].flat());

function firstSlot(hash: number): number {
  return (hash ^ (hash >>> 16)) & SLOT_MASK;
}

{
  let letters = 0;
  let lists = 0;
  for (const [word, wordLists] of LISTS_OF_WORD) {
    const hash = hashRange(word, 0, word.length);
    let slot = firstSlot(hash);
    while (SLOTS[slot * SLOT_SIZE + 3] !== 0) slot = (slot + 1) & SLOT_MASK;
    SLOTS.set([hash, letters, lists, (word.length << 8) | wordLists.length], slot * SLOT_SIZE);
    for (let i = 0; i < word.length; i++) LETTERS[letters + i] = word.charCodeAt(i);
    letters += word.length;
    lists += wordLists.length;
  }
}

/** Where the slot of the function word `text.slice(start, end)` starts in SLOTS, or -1. */
function functionWordSlot(text: string, start: number, end: number, hash: number): number {
  for (let slot = firstSlot(hash); ; slot = (slot + 1) & SLOT_MASK) {
    const at = slot * SLOT_SIZE;
    const shape = SLOTS[at + 3] ?? 0;
    if (shape === 0) return -1;
    if (
      SLOTS[at] === hash &&
      shape >>> 8 === end - start &&
      sameLetters(SLOTS[at + 1] ?? 0, text, start, end)
    )
      return at;
  }
}

function sameLetters(letters: number, text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++)
    if (LETTERS[letters + i - start] !== text.charCodeAt(i)) return false;
  return true;
}
const LIST_COUNT = OTHER_LATIN_LISTS.length + 1;

/**
 * One bit per 15-bit slice of a hash, set for every function word: a word whose bit is clear is no
 * function word, told without a probe of the large table (whose memory the rest of the parse has
 * usually pushed out of the cache by the time the next article is read).
 */
const HASH_BITS = 15;
const FUNCTION_WORD_BITS = new Uint32Array(2 ** HASH_BITS / 32);
for (const word of LISTS_OF_WORD.keys()) {
  const bit = hashRange(word, 0, word.length) >>> (32 - HASH_BITS);
  FUNCTION_WORD_BITS[bit >>> 5] = (FUNCTION_WORD_BITS[bit >>> 5] ?? 0) | (1 << (bit & 31));
}

function mayBeFunctionWord(hash: number): boolean {
  const bit = hash >>> (32 - HASH_BITS);
  return ((FUNCTION_WORD_BITS[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

const MIN_ENGLISH_WORDS = 6;
/** Past this many English function words, with English ahead by DOMINANCE, the rest is not read. */
const SETTLED_ENGLISH_WORDS = 12;
/** English function words must outnumber those of any other language at least this many times. */
const DOMINANCE = 1.5;

function isAsciiLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

/**
 * Letters outside ASCII (accents, other scripts) leave the call to the full detector; quotes,
 * dashes, currency signs and other punctuation of English text do not.
 */
function isForeignLetterCode(code: number): boolean {
  return code >= 0xc0 && !(code >= 0x2000 && code <= 0x20cf);
}

/**
 * Whether a sample is plainly English, judged by its function words: several of English's, far
 * fewer of any other Latin-script language's, and no letters outside ASCII before that is
 * settled. A cheap answer for most news in English; anything less clear-cut returns false and
 * goes to the full detector.
 */
export function isPlainlyEnglish(sample: string): boolean {
  const lower = sample.toLowerCase();
  const length = lower.length;
  const counts: number[] = new Array<number>(LIST_COUNT).fill(0);
  let english = 0;
  let mostOther = 0;
  let i = 0;
  while (i < length) {
    const code = lower.charCodeAt(i);
    if (!isAsciiLetter(code)) {
      if (isForeignLetterCode(code)) return false;
      i++;
      continue;
    }
    const start = i;
    let hash = HASH_START;
    while (i < length) {
      const letter = lower.charCodeAt(i);
      if (!isAsciiLetter(letter)) break;
      hash = hashStep(hash, letter);
      i++;
    }
    const slot = mayBeFunctionWord(hash) ? functionWordSlot(lower, start, i, hash) : -1;
    if (slot === -1) continue;
    const first = SLOTS[slot + 2] ?? 0;
    const end = first + ((SLOTS[slot + 3] ?? 0) & 0xff);
    for (let entry = first; entry < end; entry++) {
      const list = LISTS[entry] ?? 0;
      const count = (counts[list] ?? 0) + 1;
      counts[list] = count;
      if (list === 0) english = count;
      else if (count > mostOther) mostOther = count;
    }
    if (english >= SETTLED_ENGLISH_WORDS && english >= mostOther * DOMINANCE) return true;
  }
  return english >= MIN_ENGLISH_WORDS && english >= mostOther * DOMINANCE;
}
