import stopword, { type LanguageCode } from "stopword";
import { HASH_START, hashRange, hashStep, WordTable } from "./word-table.js";

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

/**
 * Every function word the sample can match, and for each the lists it is in: index 0 is English, then
 * OTHER_LATIN_LISTS. The lists of word `index` are `LISTS[LISTS_START[index]]` up to
 * `LISTS[LISTS_START[index + 1]]`: two small typed arrays, where arrays of arrays would scatter them
 * over the heap for the cache to miss (the rest of an article's parse runs between two look-ups).
 */
const FUNCTION_WORDS = new WordTable([], 4096);
const { LISTS, LISTS_START } = (() => {
  const listsOfWord: number[][] = [];
  for (const [list, code] of ["eng" as const, ...OTHER_LATIN_LISTS].entries()) {
    for (const word of stopword[code]) {
      if (!ASCII_WORD.test(word)) continue;
      const index = FUNCTION_WORDS.add(word, 0, word.length);
      const lists = listsOfWord[index];
      if (lists === undefined) listsOfWord[index] = [list];
      else if (!lists.includes(list)) lists.push(list);
    }
  }
  const starts = new Int32Array(listsOfWord.length + 1);
  listsOfWord.forEach((lists, index) => {
    starts[index + 1] = (starts[index] ?? 0) + lists.length;
  });
  return { LISTS: Uint8Array.from(listsOfWord.flat()), LISTS_START: starts };
})();
const LIST_COUNT = OTHER_LATIN_LISTS.length + 1;

/**
 * One bit per 15-bit slice of a hash, set for every function word: a word whose bit is clear is no
 * function word, told without a probe of the large table (whose memory the rest of the parse has
 * usually pushed out of the cache by the time the next article is read).
 */
const HASH_BITS = 15;
const FUNCTION_WORD_BITS = new Uint32Array(2 ** HASH_BITS / 32);
for (const word of FUNCTION_WORDS.words) {
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
    const index = mayBeFunctionWord(hash) ? FUNCTION_WORDS.indexOf(lower, start, i, hash) : -1;
    if (index === -1) continue;
    const end = LISTS_START[index + 1] ?? 0;
    for (let entry = LISTS_START[index] ?? 0; entry < end; entry++) {
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
