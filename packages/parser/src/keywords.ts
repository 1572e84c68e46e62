import type { Entity } from "@news/schema";
import stopword, { type LanguageCode } from "stopword";
import type { StoryWords } from "./story-words.js";
import { type RangeTable, WordTable } from "./word-table.js";

export const MAX_KEYWORDS = 12;
const MAX_ENTITY_KEYWORDS = 6;
/** Past the few most mentioned, an entity must come up more than once to be a keyword. */
const ALWAYS_KEPT_ENTITIES = 3;
const MIN_TERM_COUNT = 2;

/** Words common in any news story, which say nothing about this one. */
const NEWS_WORDS = [
  "said",
  "says",
  "told",
  "added",
  "according",
  "also",
  "would",
  "could",
  "should",
  "will",
  "year",
  "years",
  "time",
  "times",
  "last",
  "first",
  "people",
  "made",
  "make",
  "many",
  "much",
  "however",
  "week",
  "weeks",
  "month",
  "months",
  "including",
  "since",
  "still",
  "well",
  "back",
  "going",
  "come",
  "take",
  "like",
  "just",
  "even",
  "being",
  "there",
  "their",
  "they",
  "them",
  "this",
  "that",
  "these",
  "those",
  "with",
  "from",
  "have",
  "been",
  "were",
  "what",
  "when",
  "where",
  "which",
  "while",
  "about",
  "after",
  "before",
  "into",
  "over",
  "more",
  "most",
  "some",
  "such",
  "than",
  "then",
  "very",
  "only",
  "other",
  "another",
  "because",
  "during",
  "under",
  "between",
  "against",
  "across",
  "among",
  "through",
  "within",
  "without",
  "whether",
  "says",
  "saying",
  "get",
  "got",
  "getting",
  "want",
  "wants",
  "need",
  "needs",
  "think",
  "know",
  "today",
  "yesterday",
  "tomorrow",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "percent",
  "around",
  "next",
  "early",
  "later",
  "ago",
  "able",
  "part",
  "number",
  "way",
  "ways",
  "thing",
  "things",
  "lot",
  "put",
  "given",
  "give",
  "set",
  "used",
  "amid",
  "gets",
  "face",
  "faces",
  "ready",
  "final",
  "available",
  "despite",
  "unless",
  "three",
  "four",
  "five",
  "seven",
  "eight",
  "nine",
  "twelve",
  "twenty",
  "thirty",
  "hundred",
  "thousand",
  "million",
  "billion",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "tenth",
  "latest",
  "former",
  "recent",
  "already",
  "though",
  "although",
];

/** Adverbs ("recently") and participles ("received") say little about what a story is about. */
function isNotNoun(term: string): boolean {
  return term.endsWith("ly") || term.endsWith("ed");
}

/** ISO 639-1 codes of the lists in `stopword`, which names them by ISO 639-3. */
const ISO3: Readonly<Record<string, LanguageCode>> = {
  af: "afr",
  ar: "ara",
  bg: "bul",
  bn: "ben",
  br: "bre",
  ca: "cat",
  cs: "ces",
  da: "dan",
  de: "deu",
  el: "ell",
  en: "eng",
  eo: "epo",
  es: "spa",
  et: "est",
  eu: "eus",
  fa: "fas",
  fi: "fin",
  fr: "fra",
  ga: "gle",
  gl: "glg",
  gu: "guj",
  ha: "hau",
  he: "heb",
  hi: "hin",
  hr: "hrv",
  hu: "hun",
  hy: "hye",
  id: "ind",
  it: "ita",
  ja: "jpn",
  ko: "kor",
  ku: "kur",
  la: "lat",
  lt: "lit",
  lv: "lav",
  mr: "mar",
  ms: "msa",
  my: "mya",
  nb: "nob",
  nl: "nld",
  no: "nob",
  pa: "panGu",
  pl: "pol",
  pt: "por",
  ro: "ron",
  ru: "rus",
  sk: "slk",
  sl: "slv",
  so: "som",
  st: "sot",
  sv: "swe",
  sw: "swa",
  th: "tha",
  tl: "tgl",
  tr: "tur",
  uk: "ukr",
  ur: "urd",
  vi: "vie",
  yo: "yor",
  zh: "zho",
  zu: "zul",
};

/** Stopword tables by language code, each built the first time an article needs it. */
const STOPWORDS = new Map<string, WordTable>();

function stopwordsFor(language: string): WordTable {
  const known = language.slice(0, 2).toLowerCase();
  const code = ISO3[known] === undefined ? "en" : known;
  let table = STOPWORDS.get(code);
  if (table === undefined) {
    const words = stopword[ISO3[code] ?? "eng"];
    table = new WordTable(code === "en" ? [...words, ...NEWS_WORDS] : words, words.length);
    STOPWORDS.set(code, table);
  }
  return table;
}

const NO_MENTION = { blockIndex: Number.MAX_SAFE_INTEGER, start: 0 };

function byMentions(a: Entity, b: Entity): number {
  const fa = a.mentions[0] ?? NO_MENTION;
  const fb = b.mentions[0] ?? NO_MENTION;
  return (
    b.mentions.length - a.mentions.length || fa.blockIndex - fb.blockIndex || fa.start - fb.start
  );
}

/** Bits above a term's count in `TermCounts`: its stopword look-up is done, and it found a stopword. */
const LOOKED_UP = 1 << 28;
const STOPWORD = 1 << 29;
const COUNT_BITS = LOOKED_UP - 1;

/**
 * The story's term counts as keywords read them: a stopword counts 0. Whether a term is a stopword
 * is looked up only when its count is asked for, and remembered in the bits above its count (no
 * array allocated per article for it).
 */
class TermCounts {
  readonly terms: RangeTable;
  /** The highest count of any term, stopword or not. */
  highest = 0;
  private readonly counts: number[];
  private readonly stopwords: WordTable;

  constructor(words: StoryWords, stopwords: WordTable) {
    const { terms } = words;
    const counts = new Array<number>(terms.size);
    let highest = 0;
    for (let index = 0; index < terms.size; index++) {
      const count = terms.countOf(index);
      counts[index] = count;
      if (count > highest) highest = count;
    }
    this.terms = terms;
    this.counts = counts;
    this.highest = highest;
    this.stopwords = stopwords;
  }

  /** The count of term `index`, 0 for a stopword. */
  count(index: number): number {
    let entry = this.counts[index] ?? 0;
    if ((entry & COUNT_BITS) === 0) return 0;
    if ((entry & LOOKED_UP) === 0) {
      entry |= this.terms.indexIn(this.stopwords, index) === -1 ? LOOKED_UP : LOOKED_UP | STOPWORD;
      this.counts[index] = entry;
    }
    return (entry & STOPWORD) === 0 ? entry & COUNT_BITS : 0;
  }

  /** The count of term `index` as if no word were a stopword. */
  countedWithStopwords(index: number): number {
    return (this.counts[index] ?? 0) & COUNT_BITS;
  }

  set(index: number, count: number): void {
    this.counts[index] = ((this.counts[index] ?? 0) & ~COUNT_BITS) | count;
    if (count > this.highest) this.highest = count;
  }
}

/**
 * Counts "profits" with "profit" when both occur, under the form used more; the other form's
 * count drops to 0. Terms are visited in the order first seen.
 */
function mergePlurals(counts: TermCounts, plurals: readonly number[]): void {
  for (const index of plurals) {
    const singular = counts.terms.indexWithoutLast(index);
    if (singular === -1) continue;
    const count = counts.count(index);
    const singularCount = counts.count(singular);
    if (count === 0 || singularCount === 0) continue;
    if (singularCount >= count) {
      counts.set(singular, singularCount + count);
      counts.set(index, 0);
    } else {
      counts.set(index, singularCount + count);
      counts.set(singular, 0);
    }
  }
}

/**
 * The indexes of the terms counted at least `minimum` times before stopwords are looked up, most
 * counted first, ties in the order first seen: a stopword is looked up only if its turn comes.
 * Counts are small numbers, so a counting sort puts them in order without comparing any two.
 */
function byCount(counts: TermCounts, minimum: number): number[] {
  const total = counts.terms.size;
  const { highest } = counts;
  if (highest < minimum) return [];
  // starts[highest - count]: where the terms counted `count` times begin in the order.
  const starts = new Array<number>(highest - minimum + 2).fill(0);
  const kept: number[] = [];
  for (let index = 0; index < total; index++) {
    const count = counts.countedWithStopwords(index);
    if (count < minimum) continue;
    kept.push(index);
    starts[highest - count + 1] = (starts[highest - count + 1] ?? 0) + 1;
  }
  for (let at = 1; at < starts.length; at++) starts[at] = (starts[at] ?? 0) + (starts[at - 1] ?? 0);
  const ordered = new Array<number>(kept.length);
  for (const index of kept) {
    const count = counts.countedWithStopwords(index);
    const at = starts[highest - count] ?? 0;
    ordered[at] = index;
    starts[highest - count] = at + 1;
  }
  return ordered;
}

/**
 * The entities that become keywords, most mentioned first (ties: mentioned first): at most
 * MAX_ENTITY_KEYWORDS, and past the first ALWAYS_KEPT_ENTITIES only those mentioned more than
 * once. A partial selection: only the few kept are ever put in order.
 */
function salientEntities(entities: readonly Entity[]): Entity[] {
  const best: Entity[] = [];
  for (const entity of entities) {
    if (entity.mentions.length === 0) continue;
    const last = best[best.length - 1];
    if (best.length < MAX_ENTITY_KEYWORDS) best.push(entity);
    else if (last !== undefined && byMentions(entity, last) < 0) best[best.length - 1] = entity;
    else continue;
    let at = best.length - 1;
    for (let above = best[at - 1]; above !== undefined && byMentions(entity, above) < 0; ) {
      best[at] = above;
      at--;
      above = best[at - 1];
    }
    best[at] = entity;
  }
  // Most mentioned first: past the first few, once one is mentioned once, so are all after it.
  let kept = Math.min(ALWAYS_KEPT_ENTITIES, best.length);
  while (kept < best.length && (best[kept]?.mentions.length ?? 0) >= MIN_TERM_COUNT) kept++;
  best.length = kept;
  return best;
}

/** Characters of a word when names are split into words: letters, marks, apostrophes, hyphens. */
const NAME_WORD_CHARACTER = /^[\p{L}\p{M}'’-]$/u;

function isNameWordCharacter(codePoint: number): boolean {
  if (codePoint < 128) {
    const lower = codePoint | 32;
    return (lower >= 97 && lower <= 122) || codePoint === 39 || codePoint === 45;
  }
  return NAME_WORD_CHARACTER.test(String.fromCodePoint(codePoint));
}

/** The code point that ends just before `offset`, or -1 at the start. */
function codePointBefore(text: string, offset: number): number {
  if (offset === 0) return -1;
  const code = text.charCodeAt(offset - 1);
  const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  if (isLowSurrogate && offset >= 2) {
    const high = text.charCodeAt(offset - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(offset - 2) ?? code;
  }
  return code;
}

/** Whether `word` is a whole word of `names`, which are split into words at any other character. */
function isWordOf(word: string, names: string): boolean {
  for (let at = names.indexOf(word); at !== -1; at = names.indexOf(word, at + 1)) {
    const before = codePointBefore(names, at);
    const after = names.codePointAt(at + word.length) ?? -1;
    if (
      (before === -1 || !isNameWordCharacter(before)) &&
      (after === -1 || !isNameWordCharacter(after))
    )
      return true;
  }
  return false;
}

/**
 * Up to 12 keywords: the stated tags first, then the most mentioned entities, then the
 * terms the story repeats most (no stopwords, no words already inside a chosen entity name).
 */
export function buildKeywords(input: {
  tags: readonly string[];
  entities: readonly Entity[];
  /** The story's terms, read by `readStoryWords`. */
  words: StoryWords;
  language: string;
}): string[] {
  const keywords: string[] = [];
  /** The keys of `keywords`: at most 12, so an array beats a Set. */
  const keys: string[] = [];
  /** Adds a trimmed keyword under its key (its lower case), unless the key is taken or the list full. */
  const add = (keyword: string, key: string) => {
    if (keyword.length === 0 || keywords.length >= MAX_KEYWORDS || keys.includes(key)) return;
    keys.push(key);
    keywords.push(keyword);
  };
  const push = (keyword: string) => {
    const trimmed = keyword.trim();
    add(trimmed, trimmed.toLowerCase());
  };
  for (const tag of input.tags) push(tag);

  /**
   * The names and aliases of the entities chosen, lowercased, a line each: their words are not
   * terms again. One text, so that a term is looked for once, not once per name.
   */
  const forms: string[] = [];
  for (const entity of salientEntities(input.entities)) {
    push(entity.name);
    forms.push(entity.name);
    for (const alias of entity.aliases) forms.push(alias);
  }
  const names = forms.join("\n").toLowerCase();

  const counts = new TermCounts(input.words, stopwordsFor(input.language));
  const english = input.language.toLowerCase().startsWith("en");
  if (english) mergePlurals(counts, input.words.plurals);
  for (const index of byCount(counts, MIN_TERM_COUNT)) {
    if (keywords.length >= MAX_KEYWORDS) break;
    if (counts.count(index) === 0) continue;
    const term = counts.terms.word(index);
    if (english && isNotNoun(term)) continue;
    if (isWordOf(term, names)) continue;
    // A term is lowercased and has no spaces: it is its own key, with nothing to trim.
    add(term, term);
  }
  return keywords;
}
