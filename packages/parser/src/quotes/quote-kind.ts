import type { QuoteKind } from "@news/schema";
import { isPlainSpace } from "../white-space.js";

const STATEMENT_WORDS = 8;
const TERM_WORDS = 3;
const STOPS = ".!?…";
const CLOSERS = `"'’”)`;
const STARTS_UPPER = /^["'‘“(]*\p{Lu}/u;

/** 1 at the code units `isPlainSpace` takes (all below 0xa1), else 0. */
const PLAIN_SPACES = new Uint8Array(0xa1).map((_, code) => (isPlainSpace(code) ? 1 : 0));

/**
 * Words in `text` from `start` to `end`, counting no further than a statement's length. Read from the
 * block a quotation was cut from, the characters are read from a flat string, not from a slice of it.
 * Counted by arithmetic on 0 and 1, not by branches, which word lengths make unpredictable (1.0 ms a
 * BBC pass instead of 1.7).
 */
export function countQuoteWords(text: string, start: number, end: number): number {
  let words = 0;
  let previousSpace = 1;
  for (let index = start; index < end && words < STATEMENT_WORDS; index++) {
    const code = text.charCodeAt(index);
    const space = code < PLAIN_SPACES.length ? (PLAIN_SPACES[code] ?? 0) : 0;
    words += previousSpace & (space ^ 1);
    previousSpace = space;
  }
  return words;
}

/** Whether a quotation of `words` words needs to know if it is a sentence before its attribution to be given its kind. */
export function kindDependsOnAttribution(words: number): boolean {
  return words >= 2 && words < STATEMENT_WORDS;
}

/** Whether a text ends a sentence: a stop, then nothing but closing quotation marks and brackets. */
function endsSentence(text: string): boolean {
  let index = text.length - 1;
  while (index >= 0 && CLOSERS.includes(text.charAt(index))) index--;
  return index >= 0 && STOPS.includes(text.charAt(index));
}

/**
 * What a quotation is: a statement (a full sentence, or at least eight words), a term (one to three
 * words that are not a sentence, such as a name or a scare-quoted word) or a fragment (a phrase).
 * `beforeAttribution`: the quotation opens a sentence and ends in the comma that news style puts in
 * place of the full stop when the attribution follows ("The market is strong," Powell said).
 * `words`: its words as `countQuoteWords` counts them.
 */
export function quoteKind(
  text: string,
  beforeAttribution = false,
  words = countQuoteWords(text, 0, text.length),
): QuoteKind {
  if (words >= STATEMENT_WORDS) return "statement";
  if (words >= 2 && (beforeAttribution || endsSentence(text)) && STARTS_UPPER.test(text))
    return "statement";
  if (words <= TERM_WORDS) return "term";
  return "fragment";
}
