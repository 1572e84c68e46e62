import { countSpacedWords, isWhiteSpace, lastSpacedWord } from "../white-space.js";
import { SPEECH_VERB_PATTERN, SPEECH_VERBS } from "./speech-verbs.js";

/** The words that name who spoke, as found next to a quotation: "Ms. Gopinath", "he", "An official Indian statement". */
export interface SpeakerCue {
  readonly phrase: string;
  readonly blockIndex: number;
  /** Offsets of the phrase in the block text. */
  readonly start: number;
  readonly end: number;
  /** "Modi shared: “…”" introduces the quotation with a colon: the strongest cue. */
  readonly introduced: boolean;
}

const AUXILIARIES =
  "also|later|then|again|once|has|have|had|will|would|could|may|might|previously|recently|simply|further|quickly|repeatedly";
const WORD = "[\\p{L}\\p{N}'’.&-]+";
const MAX_CONTEXT = 300;
const SHORTEST_SPEECH_VERB = Math.min(...[...SPEECH_VERBS].map((verb) => verb.length));

/** "… Modi shared:", "… he told reporters on Monday that" — the reporting verb near the end of the text before a quotation. */
const VERB_BEFORE = new RegExp(
  `(?:^|\\s)(?:(?:${AUXILIARIES})\\s+)*(?:${SPEECH_VERB_PATTERN})(?:\\s+${WORD}){0,4}?\\s*(?:that\\s*)?([:,]?)\\s*$`,
  "u",
);
const ACCORDING_TO_BEFORE = /(?:^|\s)according to\s+([^,;:]{1,80}?),?\s*$/iu;
/** "…,” said John Smith" */
const VERB_THEN_SUBJECT = new RegExp(
  `^[\\s,]*(?:${SPEECH_VERB_PATTERN})\\s+(${WORD}(?:\\s+${WORD}){0,7}?)\\s*(?=[,.;:!?(“"—–]|$)`,
  "u",
);
/** "…,” Ms. Gopinath added" / "…,” he said" / "…,” the ministry said in a statement" */
const SUBJECT_THEN_VERB = new RegExp(
  `^[\\s,]*(${WORD}(?:\\s+${WORD}){0,7}?)\\s+(?:(?:${AUXILIARIES})\\s+)*(?:${SPEECH_VERB_PATTERN})\\b`,
  "u",
);
const ACCORDING_TO_AFTER = /^[\s,]*according to\s+([^,.;:!?“"]{1,80})/iu;
const APPOSITIVE_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;
const LEADING_CONNECTIVES = /^(?:(?:and|but|so|while|as|yet|then|now)\s+)+/i;
const TRAILING_AUXILIARIES = new RegExp(`(?:\\s+(?:${AUXILIARIES}))+$`, "i");
const AUXILIARY_WORDS: ReadonlySet<string> = new Set(AUXILIARIES.split("|"));

const ABBREVIATION_BEFORE_STOP =
  /(?:^|[\s.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Prof|Jr|Sr)$/u;

const FULL_STOP = 0x2e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;

/** Start of the sentence that contains `offset`, not looking back further than `limit`. */
export function sentenceStart(text: string, offset: number, limit: number): number {
  const floor = Math.max(limit, offset - MAX_CONTEXT);
  for (let index = offset - 1; index > floor; index--) {
    const code = text.charCodeAt(index);
    if (
      (code === FULL_STOP || code === EXCLAMATION || code === QUESTION) &&
      isWhiteSpace(text.charCodeAt(index + 1))
    ) {
      // "Mr. Smith", "U.S. officials": a full stop after an initial or a short title does not end a sentence.
      const before = text.slice(Math.max(floor, index - 4), index);
      if (code === FULL_STOP && ABBREVIATION_BEFORE_STOP.test(before)) continue;
      return index + 1;
    }
  }
  return floor;
}

/** The subject of a clause that ends just before its reporting verb ("On X, Modi" → "Modi"). */
function subjectOf(clause: string): { phrase: string; offset: number } | undefined {
  // Only a clause whose last word is an auxiliary can end in auxiliaries: the others skip the pattern.
  let text = AUXILIARY_WORDS.has(lastSpacedWord(clause).toLowerCase())
    ? clause.replace(TRAILING_AUXILIARIES, "")
    : clause;
  let offset = 0;
  const lastBreak = Math.max(
    text.lastIndexOf(","),
    text.lastIndexOf(";"),
    text.lastIndexOf("—"),
    text.lastIndexOf("("),
  );
  if (lastBreak !== -1) {
    const tail = text.slice(lastBreak + 1);
    if (tail.trim().length > 0) {
      offset = lastBreak + 1;
      text = tail;
    } else {
      // "The Shadow Secretary of State, Theresa May, said": a name in apposition is the subject;
      // "The minister, who spoke in Delhi, said": otherwise the subject is before the first comma.
      const previousBreak = text.lastIndexOf(",", lastBreak - 1);
      const apposition = text.slice(previousBreak + 1, lastBreak);
      if (previousBreak !== -1 && APPOSITIVE_NAME.test(apposition.trim())) {
        offset = previousBreak + 1;
        text = apposition;
      } else {
        text = text.slice(0, text.indexOf(","));
      }
    }
  }
  const leading = text.length - text.trimStart().length;
  offset += leading;
  text = text.trim();
  const connective = LEADING_CONNECTIVES.exec(text);
  if (connective) {
    offset += connective[0].length;
    text = text.slice(connective[0].length);
  }
  if (text.length === 0 || countSpacedWords(text) > 8) return undefined;
  return { phrase: text, offset };
}

/** The speaker cue in the sentence before a quotation's opening mark. */
export function cueBefore(
  text: string,
  blockIndex: number,
  contextStart: number,
  openMark: number,
): SpeakerCue | undefined {
  const windowStart = sentenceStart(text, openMark, contextStart);
  // Most quotations open their sentence: too little comes before them to hold a reporting verb.
  if (openMark - windowStart < SHORTEST_SPEECH_VERB) return undefined;
  const window = text.slice(windowStart, openMark);
  const according = ACCORDING_TO_BEFORE.exec(window);
  if (according?.[1] !== undefined) {
    const phrase = according[1].trim();
    const start = windowStart + window.lastIndexOf(phrase);
    return { phrase, blockIndex, start, end: start + phrase.length, introduced: true };
  }
  const verb = VERB_BEFORE.exec(window);
  if (verb === null) return undefined;
  const subject = subjectOf(window.slice(0, verb.index));
  if (subject === undefined) return undefined;
  const start = windowStart + subject.offset;
  return {
    phrase: subject.phrase,
    blockIndex,
    start,
    end: start + subject.phrase.length,
    introduced: verb[1] === ":",
  };
}

/**
 * The phrase up to the end of its sentence: a name's words may hold full stops ("U.S.", "Mr."), so a
 * match can run on past one ("said coach Pep Guardiola. Manchester City face…" → "coach Pep Guardiola").
 */
function withinSentence(phrase: string): string {
  for (let stop = phrase.indexOf(". ", 1); stop !== -1; stop = phrase.indexOf(". ", stop + 1)) {
    if (!ABBREVIATION_BEFORE_STOP.test(phrase.slice(Math.max(0, stop - 4), stop)))
      return phrase.slice(0, stop);
  }
  return phrase;
}

const COMMA = 0x2c;
const CASE_BIT = 0x20;
const LOWER_A = 0x61;
/** Characters other than letters and digits that WORD holds, in ASCII. */
const WORD_MARKS = new Set([0x27, 0x2e, 0x26, 0x2d]);

function isSpaceOrComma(code: number): boolean {
  return code === COMMA || isWhiteSpace(code);
}

/** Reporting verbs are written in lower-case ASCII. */
function isLowerAscii(code: number): boolean {
  return code >= LOWER_A && code <= 0x7a;
}

/** Whether a character may open a WORD: an ASCII letter, digit or WORD mark, or anything beyond ASCII. */
function mayOpenWord(code: number): boolean {
  if (code >= 0x80) return true;
  const lower = code | CASE_BIT;
  return (
    (lower >= LOWER_A && lower <= 0x7a) || (code >= 0x30 && code <= 0x39) || WORD_MARKS.has(code)
  );
}

/** The text without the full stops and commas it ends with ("Smith." → "Smith"): a plain scan. */
function withoutTrailingStops(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === FULL_STOP || text.charCodeAt(end - 1) === COMMA))
    end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The speaker cue right after a quotation's closing mark ("…,” said Smith", "…,” he added"). */
export function cueAfter(
  text: string,
  blockIndex: number,
  closeMark: number,
  contextEnd: number,
): SpeakerCue | undefined {
  const windowStart = closeMark + 1;
  const windowEnd = Math.min(contextEnd, windowStart + MAX_CONTEXT);
  const window = text.slice(windowStart, windowEnd);
  // Each pattern opens with [\s,]* and then needs a character of its own: a glance at that one rules
  // most patterns out without running them.
  let first = windowStart;
  while (first < windowEnd && isSpaceOrComma(text.charCodeAt(first))) first++;
  const code = first < windowEnd ? text.charCodeAt(first) : -1;
  const match =
    (isLowerAscii(code) ? VERB_THEN_SUBJECT.exec(window) : null) ??
    ((code | CASE_BIT) === LOWER_A ? ACCORDING_TO_AFTER.exec(window) : null) ??
    (mayOpenWord(code) ? SUBJECT_THEN_VERB.exec(window) : null);
  const phrase = match?.[1];
  if (match === null || phrase === undefined) return undefined;
  const start = windowStart + match.index + match[0].indexOf(phrase);
  const trimmed = withoutTrailingStops(withinSentence(phrase));
  return { phrase: trimmed, blockIndex, start, end: start + trimmed.length, introduced: false };
}

const PLATFORMS =
  "X|Twitter|Facebook|Instagram|LinkedIn|Truth Social|Telegram|YouTube|TikTok|Threads|Bluesky|WhatsApp|Weibo|WeChat|Substack|Reddit|Mastodon";
const ON_PLATFORM = new RegExp(
  `\\b(?:[Oo]n|[Vv]ia|to)\\s+(?:his\\s+|her\\s+|their\\s+|its\\s+)?(${PLATFORMS})\\b`,
);
/** What every channel pattern needs: a platform's name, "told" or "tweet". One search rules most contexts out. */
const CHANNEL_WORD = new RegExp(`(?:${PLATFORMS})\\b|told|tweet`);
/** ON_PLATFORM's platform alone: a far cheaper search than ON_PLATFORM. */
const PLATFORM_NAME = new RegExp(`(?:${PLATFORMS})\\b`);
const TOLD_OUTLET = /\btold\s+(?:the\s+)?((?:\p{Lu}[\p{L}.&'’-]*)(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})/u;
const TWEETED = /\btweet(?:ed|s)?\b/;

/** Where a quotation was said or published, from its surrounding sentence: "On X, …", "told the BBC". */
export function findChannel(context: string): string | undefined {
  if (!CHANNEL_WORD.test(context)) return undefined;
  const platform = PLATFORM_NAME.test(context) ? ON_PLATFORM.exec(context)?.[1] : undefined;
  if (platform !== undefined) return platform;
  // A native substring search first: most contexts name neither, and the patterns need these words.
  const outlet = context.includes("told") ? TOLD_OUTLET.exec(context)?.[1] : undefined;
  if (outlet !== undefined) return outlet.replace(/['’]s$/, "");
  return context.includes("tweet") && TWEETED.test(context) ? "X" : undefined;
}
