import stopword, { type LanguageCode } from "stopword";

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

/** For each function word, the lists it is in: index 0 is English, then OTHER_LATIN_LISTS. */
const LISTS_OF_WORD = new Map<string, number[]>();
for (const [index, code] of ["eng" as const, ...OTHER_LATIN_LISTS].entries()) {
  for (const word of new Set(stopword[code])) {
    const lists = LISTS_OF_WORD.get(word);
    if (lists === undefined) LISTS_OF_WORD.set(word, [index]);
    else lists.push(index);
  }
}
const LIST_COUNT = OTHER_LATIN_LISTS.length + 1;

const MIN_ENGLISH_WORDS = 6;
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
 * Whether a sample is plainly English, judged by its function words: several that only English
 * uses, hardly any of another language's, and no letters outside ASCII. A cheap answer for most
 * news in English; anything less clear-cut returns false and goes to the full detector.
 */
export function isPlainlyEnglish(sample: string): boolean {
  const lower = sample.toLowerCase();
  const length = lower.length;
  const counts = new Uint16Array(LIST_COUNT);
  let i = 0;
  while (i < length) {
    const code = lower.charCodeAt(i);
    if (!isAsciiLetter(code)) {
      if (isForeignLetterCode(code)) return false;
      i++;
      continue;
    }
    const start = i;
    while (i < length && isAsciiLetter(lower.charCodeAt(i))) i++;
    const lists = LISTS_OF_WORD.get(lower.slice(start, i));
    if (lists !== undefined) for (const index of lists) counts[index] = (counts[index] ?? 0) + 1;
  }
  const english = counts[0] ?? 0;
  if (english < MIN_ENGLISH_WORDS) return false;
  for (let index = 1; index < LIST_COUNT; index++) {
    if (english < (counts[index] ?? 0) * DOMINANCE) return false;
  }
  return true;
}
