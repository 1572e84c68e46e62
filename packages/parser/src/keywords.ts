import type { Block, Entity } from "@news/schema";
import stopword, { type LanguageCode } from "stopword";
import { HASH_START, hashRange, hashStep, WordTable } from "./word-table.js";

export const MAX_KEYWORDS = 12;
const MAX_ENTITY_KEYWORDS = 6;
/** Past the few most mentioned, an entity must come up more than once to be a keyword. */
const ALWAYS_KEPT_ENTITIES = 3;
const MIN_TERM_LENGTH = 4;
const MIN_TERM_COUNT = 2;
const TITLE_WEIGHT = 2;

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
const NOT_NOUN_ENDINGS = /(?:ly|ed)$/;

const TERM_BLOCKS = new Set<Block["type"]>(["paragraph", "heading", "quote", "list-item"]);

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

const LETTER = /[\p{L}\p{M}]/u;
/** Per UTF-16 code unit outside ASCII: 0 not yet tested, 1 a letter or mark, 2 neither. */
const LETTER_CACHE = new Uint8Array(0x10000);

function isLetter(code: number): boolean {
  if (code < 128) {
    const lower = code | 32;
    return lower >= 97 && lower <= 122;
  }
  let known = LETTER_CACHE[code] ?? 0;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_CACHE[code] = known;
  }
  return known === 1;
}

/** An apostrophe or hyphen, which may join letters inside a word ("don't", "indo-pacific"). */
function isJoiner(code: number): boolean {
  return code === 39 || code === 45 || code === 0x2019;
}

/** Terms in the order first seen, with their weighted counts: `counts[index]` for `terms.words[index]`. */
interface TermCounts {
  stopwords: WordTable;
  terms: WordTable;
  counts: number[];
}

/**
 * Adds `weight` for every term of `text`: lowercased words of MIN_TERM_LENGTH letters or
 * more, without a possessive "'s", that are not stopwords. A hand-rolled scan that hashes as
 * it reads: it runs over every article's whole text and allocates only the first occurrence
 * of each term.
 */
function addTerms(text: string, weight: number, into: TermCounts): void {
  const lower = text.toLowerCase();
  const length = lower.length;
  let i = 0;
  while (i < length) {
    const first = lower.charCodeAt(i);
    if (!isLetter(first)) {
      i++;
      continue;
    }
    const start = i;
    let hash = hashStep(HASH_START, first);
    i++;
    while (i < length) {
      const code = lower.charCodeAt(i);
      if (isLetter(code)) {
        hash = hashStep(hash, code);
        i++;
      } else if (isJoiner(code) && i + 1 < length && isLetter(lower.charCodeAt(i + 1))) {
        hash = hashStep(hashStep(hash, code), lower.charCodeAt(i + 1));
        i += 2;
      } else break;
    }
    let end = i;
    const last = lower.charCodeAt(end - 1);
    const beforeLast = lower.charCodeAt(end - 2);
    if (last === 115 && (beforeLast === 39 || beforeLast === 0x2019)) {
      end -= 2;
      hash = hashRange(lower, start, end);
    }
    if (end - start < MIN_TERM_LENGTH || into.stopwords.indexOf(lower, start, end, hash) !== -1)
      continue;
    const index = into.terms.add(lower, start, end, hash);
    into.counts[index] = (into.counts[index] ?? 0) + weight;
  }
}

function countTerms(title: string, blocks: readonly Block[], stopwords: WordTable): TermCounts {
  const counted: TermCounts = { stopwords, terms: new WordTable([], 256), counts: [] };
  addTerms(title, TITLE_WEIGHT, counted);
  for (const block of blocks) if (TERM_BLOCKS.has(block.type)) addTerms(block.text, 1, counted);
  return counted;
}

/**
 * Counts "profits" with "profit" when both occur, under the form used more; the other form's
 * count drops to 0. Terms are visited in the order first seen.
 */
function mergePlurals({ terms, counts }: TermCounts): void {
  const words = terms.words;
  for (let index = 0; index < words.length; index++) {
    const term = words[index] ?? "";
    const count = counts[index] ?? 0;
    if (count === 0 || term.charCodeAt(term.length - 1) !== 115) continue;
    const singular = terms.indexOf(term, 0, term.length - 1);
    const singularCount = singular === -1 ? 0 : (counts[singular] ?? 0);
    if (singularCount === 0) continue;
    if (singularCount >= count) {
      counts[singular] = singularCount + count;
      counts[index] = 0;
    } else {
      counts[index] = singularCount + count;
      counts[singular] = 0;
    }
  }
}

/**
 * Up to 12 keywords: the stated tags first, then the most mentioned entities, then the
 * terms the story repeats most (no stopwords, no words already inside a chosen entity name).
 */
export function buildKeywords(input: {
  tags: readonly string[];
  entities: readonly Entity[];
  title: string;
  blocks: readonly Block[];
  language: string;
}): string[] {
  const keywords: string[] = [];
  const seen = new Set<string>();
  const push = (keyword: string) => {
    const trimmed = keyword.trim();
    const key = trimmed.toLowerCase();
    if (trimmed.length === 0 || seen.has(key) || keywords.length >= MAX_KEYWORDS) return;
    seen.add(key);
    keywords.push(trimmed);
  };
  for (const tag of input.tags) push(tag);

  const covered = new Set<string>();
  const entities = input.entities.filter((entity) => entity.mentions.length > 0).sort(byMentions);
  const salient = entities.filter(
    (entity, rank) => rank < ALWAYS_KEPT_ENTITIES || entity.mentions.length >= MIN_TERM_COUNT,
  );
  for (const entity of salient.slice(0, MAX_ENTITY_KEYWORDS)) {
    push(entity.name);
    for (const form of [entity.name, ...entity.aliases]) {
      for (const word of form.toLowerCase().split(/[^\p{L}\p{M}'’-]+/u)) covered.add(word);
    }
  }

  const counted = countTerms(input.title, input.blocks, stopwordsFor(input.language));
  const english = input.language.toLowerCase().startsWith("en");
  if (english) mergePlurals(counted);
  const repeated: { term: string; count: number }[] = [];
  const words = counted.terms.words;
  for (let index = 0; index < words.length; index++) {
    const term = words[index] ?? "";
    const count = counted.counts[index] ?? 0;
    if (count < MIN_TERM_COUNT || covered.has(term)) continue;
    if (english && NOT_NOUN_ENDINGS.test(term)) continue;
    repeated.push({ term, count });
  }
  repeated.sort((a, b) => b.count - a.count);
  for (const { term } of repeated) push(term);
  return keywords;
}
