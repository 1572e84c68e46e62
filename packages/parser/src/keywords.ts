import type { Block, Entity } from "@news/schema";
import stopword, { type LanguageCode } from "stopword";

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

/** Every stopword set, built once when the module loads; never changed afterwards. */
const STOPWORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(ISO3).map(([code, iso3]) => [
    code,
    new Set([...stopword[iso3], ...(code === "en" ? NEWS_WORDS : [])]),
  ]),
);
const ENGLISH_STOPWORDS = STOPWORDS.get("en") ?? new Set<string>();

function stopwordsFor(language: string): ReadonlySet<string> {
  return STOPWORDS.get(language.slice(0, 2).toLowerCase()) ?? ENGLISH_STOPWORDS;
}

function byMentions(a: Entity, b: Entity): number {
  const first = (entity: Entity) =>
    entity.mentions[0] ?? { blockIndex: Number.MAX_SAFE_INTEGER, start: 0 };
  const [fa, fb] = [first(a), first(b)];
  return (
    b.mentions.length - a.mentions.length || fa.blockIndex - fb.blockIndex || fa.start - fb.start
  );
}

const LETTER = /[\p{L}\p{M}]/u;

function isLetter(code: number): boolean {
  if (code < 128) {
    const lower = code | 32;
    return lower >= 97 && lower <= 122;
  }
  return LETTER.test(String.fromCharCode(code));
}

/** An apostrophe or hyphen, which may join letters inside a word ("don't", "indo-pacific"). */
function isJoiner(code: number): boolean {
  return code === 39 || code === 45 || code === 0x2019;
}

/**
 * Adds `weight` for every term of `text`: lowercased words of MIN_TERM_LENGTH letters or
 * more, without a possessive "'s", that are not stopwords. A hand-rolled scan: it runs over
 * every article's whole text and allocates only the words it keeps.
 */
function addTerms(
  text: string,
  weight: number,
  stop: ReadonlySet<string>,
  counts: Map<string, number>,
): void {
  const lower = text.toLowerCase();
  const length = lower.length;
  let i = 0;
  while (i < length) {
    if (!isLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < length) {
      const code = lower.charCodeAt(i);
      if (isLetter(code)) i++;
      else if (isJoiner(code) && i + 1 < length && isLetter(lower.charCodeAt(i + 1))) i += 2;
      else break;
    }
    let end = i;
    const last = lower.charCodeAt(end - 1);
    const beforeLast = lower.charCodeAt(end - 2);
    if (last === 115 && (beforeLast === 39 || beforeLast === 0x2019)) end -= 2;
    if (end - start < MIN_TERM_LENGTH) continue;
    const term = lower.slice(start, end);
    if (!stop.has(term)) counts.set(term, (counts.get(term) ?? 0) + weight);
  }
}

function countTerms(
  title: string,
  blocks: readonly Block[],
  stop: ReadonlySet<string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  addTerms(title, TITLE_WEIGHT, stop, counts);
  for (const block of blocks)
    if (TERM_BLOCKS.has(block.type)) addTerms(block.text, 1, stop, counts);
  return counts;
}

/** Counts "profits" with "profit" when both occur, under the form used more. */
function mergePlurals(counts: Map<string, number>): void {
  for (const [term, count] of counts) {
    if (!term.endsWith("s")) continue;
    const singular = term.slice(0, -1);
    const singularCount = counts.get(singular);
    if (singularCount === undefined) continue;
    if (singularCount >= count) {
      counts.set(singular, singularCount + count);
      counts.delete(term);
    } else {
      counts.set(term, singularCount + count);
      counts.delete(singular);
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

  const counts = countTerms(input.title, input.blocks, stopwordsFor(input.language));
  const english = input.language.toLowerCase().startsWith("en");
  if (english) mergePlurals(counts);
  const repeated: { term: string; count: number }[] = [];
  for (const [term, count] of counts) {
    if (count < MIN_TERM_COUNT || covered.has(term)) continue;
    if (english && NOT_NOUN_ENDINGS.test(term)) continue;
    repeated.push({ term, count });
  }
  repeated.sort((a, b) => b.count - a.count);
  for (const { term } of repeated) push(term);
  return keywords;
}
