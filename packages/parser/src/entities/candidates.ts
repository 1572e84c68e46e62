import { WordTable as GapTable, HASH_START, hashRange, hashStep } from "../word-table.js";
import { NAME_CONNECTOR_GAPS } from "./lexicon.js";
import type { WordInfo } from "./word-info.js";
import type { WordTable } from "./word-table.js";

/** One capitalised word, as a half-open UTF-16 range of the block text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly info: WordInfo;
}

/** A run of capitalised words that may name one thing ("Prime Minister Narendra Modi", "Bank of England"). */
export interface Candidate {
  readonly blockIndex: number;
  readonly tokens: readonly Token[];
  /** gaps[i] is the text between tokens[i] and tokens[i + 1]. */
  readonly gaps: readonly string[];
  /** The first token opens a sentence, so its capital letter says nothing. */
  readonly sentenceStart: boolean;
}

const UNICODE_UPPER = /\p{Lu}/u;
const UNICODE_WORD = /[\p{L}\p{M}\p{N}]/u;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const FULL_STOP = 0x2e;
const UNDERSCORE = 0x5f;
const LOWER_S = 0x73;
const SPACE = 0x20;

function isUpper(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || (code > 127 && UNICODE_UPPER.test(String.fromCharCode(code)))
  );
}

/** An ASCII capital, or any character past Latin-1 punctuation that might be one (checked by hand). */
const NEXT_CAPITAL = /[A-Z\u00c0-\u00de\u0100-\uffff]/g;

function isWordCode(code: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return UNICODE_WORD.test(String.fromCharCode(code));
}

/** A capitalised word may not continue a word, a number or an abbreviation ("iPhone", "4G", "e.g.X"). */
function mayStartWord(text: string, offset: number): boolean {
  if (offset === 0) return true;
  const code = text.charCodeAt(offset - 1);
  return !(
    isWordCode(code) ||
    code === UNDERSCORE ||
    code === FULL_STOP ||
    code === APOSTROPHE ||
    code === RIGHT_SINGLE_QUOTE
  );
}

/** Where dotted initials ("U.S.") starting at `start` end (`start` itself when there are none). */
function initialsEnd(text: string, start: number): number {
  let end = start;
  while (isUpper(text.charCodeAt(end)) && text.charCodeAt(end + 1) === FULL_STOP) end += 2;
  return end;
}

/**
 * Reads the capitalised word at a position in one pass: dotted initials ("U.S."), or a capital followed
 * by letters, with inner apostrophes and hyphens ("O'Brien", "Indo-Pacific", "India’s"). It keeps where
 * the word ends, whether a hyphen joins its parts, and its hash for the word table (without a possessive
 * ending), so that neither the table nor the hyphen test reads the word again. One per article.
 */
class WordScanner {
  /** The end of the word, a possessive ending included. */
  end = 0;
  /** The end of the word without a possessive ending ("India" of "India’s"). */
  nameEnd = 0;
  /** The hash of the characters up to `nameEnd`. */
  hash = 0;
  hyphenated = false;

  scan(text: string, start: number): void {
    const initials = initialsEnd(text, start);
    if (initials - start >= 4) {
      this.end = initials;
      this.nameEnd = initials;
      this.hash = hashRange(text, start, initials);
      this.hyphenated = false;
      return;
    }
    let hash = hashStep(HASH_START, text.charCodeAt(start));
    let hashBeforeJoiner = hash;
    let hyphenated = false;
    let end = start + 1;
    // Reads bounded by the length, so that a code is always an integer, never NaN past the end.
    const length = text.length;
    while (end < length) {
      const code = text.charCodeAt(end);
      if (isWordCode(code)) {
        hash = hashStep(hash, code);
      } else if (
        (code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE || code === HYPHEN) &&
        end + 1 < length &&
        isWordCode(text.charCodeAt(end + 1))
      ) {
        hashBeforeJoiner = hash;
        if (code === HYPHEN) hyphenated = true;
        hash = hashStep(hash, code);
      } else {
        break;
      }
      end++;
    }
    this.end = end;
    this.hyphenated = hyphenated;
    // "India’s": the apostrophe two before the end is the last joiner the loop took.
    const possessive = end - start > 2 && isPossessiveEnding(text, end);
    this.nameEnd = possessive ? end - 2 : end;
    this.hash = possessive ? hashBeforeJoiner : hash;
  }
}

/** Longer than any name: a longer run of capitalised words is headline text, cut into pieces. */
const MAX_RUN = 8;
/** Longer than any connector (" van der "); longer gaps always end a run. */
const MAX_GAP = 10;

function isPossessiveEnding(text: string, end: number): boolean {
  const mark = text.charCodeAt(end - 2);
  return (
    text.charCodeAt(end - 1) === LOWER_S && (mark === APOSTROPHE || mark === RIGHT_SINGLE_QUOTE)
  );
}

/** Characters that end a sentence: . ! ? : ; … • | */
const SENTENCE_END = 1;
/** Spaces, quotation marks and brackets that may stand between a sentence end and its first word. */
const OPENING = 2;
/** Character code → SENTENCE_END or OPENING, a table lookup instead of a Set per character. */
const PUNCTUATION_ROLES = new Uint8Array(0x2027);
for (const code of [0x2e, 0x21, 0x3f, 0x3a, 0x3b, 0x2026, 0x2022, 0x7c])
  PUNCTUATION_ROLES[code] = SENTENCE_END;
for (const code of [
  0x20, 0x09, 0x0a, 0x0d, 0xa0, 0x201c, 0x22, 0x2018, 0x27, 0x28, 0x5b, 0xab, 0x201e,
])
  PUNCTUATION_ROLES[code] = OPENING;

function punctuationRole(code: number): number {
  return code < PUNCTUATION_ROLES.length ? (PUNCTUATION_ROLES[code] as number) : 0;
}

function opensSentence(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && punctuationRole(text.charCodeAt(index)) === OPENING) index--;
  return index < 0 || punctuationRole(text.charCodeAt(index)) === SENTENCE_END;
}

/** The gaps that join two capitalised words into one name, looked up by range without slicing. */
const CONNECTOR_GAPS = new GapTable(NAME_CONNECTOR_GAPS);

/**
 * Splits "Russia-Ukraine" or "US-India" into its parts when a part is a known name, so each part is
 * its own candidate; keeps "Indo-Pacific" or "Coca-Cola" whole (undefined).
 */
function splitCompound(token: Token, words: WordTable): Token[] | undefined {
  const parts = words.compoundParts(token.info);
  if (parts === undefined) return undefined;
  const pieces: Token[] = [];
  let offset = token.start;
  for (const info of parts) {
    pieces.push({ start: offset, end: offset + info.word.length, text: info.word, info });
    offset += info.word.length + 1;
  }
  return pieces;
}

const NO_GAPS: readonly string[] = [];

/**
 * Collects the tokens of the current run and turns finished runs into candidates, for every block of
 * an article. The run is built in arrays reused from run to run and block to block, and a kept run
 * copied out at its size: most runs are dropped lone words or single names, and a growing array
 * reserves room for 16 on its first push.
 */
class RunCollector {
  readonly candidates: Candidate[] = [];
  readonly #tokens: Token[] = [];
  /** #gaps[i] joins #tokens[i] and #tokens[i + 1]. */
  readonly #gaps: string[] = [];
  #length = 0;
  #text = "";
  #blockIndex = 0;

  /** Ends the current run and takes the next runs from block `blockIndex`, whose text is `text`. */
  startBlock(text: string, blockIndex: number): void {
    this.flush();
    this.#text = text;
    this.#blockIndex = blockIndex;
  }

  /**
   * Ends the current run, keeping it as a candidate unless it is a lone word that names nothing: a
   * grammar word or month (told before the sentence test), or a familiar word opening a sentence.
   */
  flush(): void {
    const length = this.#length;
    const first = this.#tokens[0];
    if (length === 0 || first === undefined) return;
    this.#length = 0;
    if (length === 1 && (first.info.stopword || first.info.calendar)) return;
    const sentenceStart = opensSentence(this.#text, first.start);
    if (length === 1 && isFamiliarAtSentenceStart(first.info, sentenceStart)) return;
    // Array literals for the common runs of one or two words: `slice` is a call into the runtime.
    const tokens = this.#tokens;
    const gaps = this.#gaps;
    this.candidates.push({
      blockIndex: this.#blockIndex,
      tokens:
        length === 1
          ? [first]
          : length === 2
            ? [first, tokens[1] as Token]
            : tokens.slice(0, length),
      gaps: length === 1 ? NO_GAPS : length === 2 ? [gaps[0] as string] : gaps.slice(0, length - 1),
      sentenceStart,
    });
  }

  /** The last token of the run, when it may take one more. */
  openEnd(): Token | undefined {
    const length = this.#length;
    return length > 0 && length < MAX_RUN ? this.#tokens[length - 1] : undefined;
  }

  /** Adds a token to the run across `gap`. */
  join(gap: string, token: Token): void {
    this.#gaps[this.#length - 1] = gap;
    this.#tokens[this.#length] = token;
    this.#length++;
  }

  /** Ends the run and starts the next with `token`. */
  restart(token: Token): void {
    this.flush();
    this.#tokens[0] = token;
    this.#length = 1;
  }
}

/**
 * A familiar word opening a sentence ("Formal talks") names nothing alone, like a lone grammar word or
 * month: dropping them here saves the later stages work.
 */
function isFamiliarAtSentenceStart(info: WordInfo, sentenceStart: boolean): boolean {
  return (
    sentenceStart &&
    info.common &&
    info.place === undefined &&
    !info.organizationName &&
    !info.title
  );
}

/** The text between `previous` and the token at `start` when it joins them into one name, else "". */
function joiningGap(text: string, previous: Token, start: number): string {
  const from = previous.end;
  const length = start - from;
  if (length === 1 && text.charCodeAt(from) === SPACE) return " ";
  if (length > MAX_GAP || length === 0) return "";
  const connector = CONNECTOR_GAPS.indexOf(text, from, start);
  if (connector !== -1) return CONNECTOR_GAPS.words[connector] as string;
  // "Mr. Smith", "John F. Kennedy": the full stop belongs to an abbreviation, not to a sentence end.
  const abbreviated =
    length === 2 &&
    text.charCodeAt(from) === FULL_STOP &&
    text.charCodeAt(from + 1) === SPACE &&
    previous.info.abbreviation;
  return abbreviated ? ". " : "";
}

/**
 * Finds the runs of capitalised words in each block, in reading order: a candidate's `blockIndex` is
 * its block's index. Linear in the text length; possessive endings ("India’s") are cut off the token
 * and end the run.
 */
export function findCandidates(
  blocks: readonly { readonly text: string }[],
  words: WordTable,
): Candidate[] {
  // One collector and scanner for the article: a block of a few words should not allocate either.
  const runs = new RunCollector();
  const scanner = new WordScanner();
  blocks.forEach((block, blockIndex) => {
    runs.startBlock(block.text, blockIndex);
    collectRuns(block.text, runs, scanner, words);
  });
  runs.flush();
  return runs.candidates;
}

function collectRuns(
  text: string,
  runs: RunCollector,
  scanner: WordScanner,
  words: WordTable,
): void {
  let closed = true;
  NEXT_CAPITAL.lastIndex = 0;
  while (NEXT_CAPITAL.test(text)) {
    const offset = NEXT_CAPITAL.lastIndex - 1;
    const code = text.charCodeAt(offset);
    if (!isUpper(code) || !mayStartWord(text, offset)) continue;
    scanner.scan(text, offset);
    const end = scanner.nameEnd;
    const info = words.lookup(text, offset, end, scanner.hash);
    const whole: Token = { start: offset, end, text: info.word, info };
    NEXT_CAPITAL.lastIndex = scanner.end;
    const pieces = scanner.hyphenated ? splitCompound(whole, words) : undefined;
    const count = pieces === undefined ? 1 : pieces.length;
    for (let index = 0; index < count; index++) {
      const piece = pieces === undefined ? whole : (pieces[index] as Token);
      const previous = closed || index > 0 ? undefined : runs.openEnd();
      const gap = previous === undefined ? "" : joiningGap(text, previous, piece.start);
      if (gap === "") runs.restart(piece);
      else runs.join(gap, piece);
      closed = count > 1;
    }
    if (end < scanner.end) closed = true;
  }
}
