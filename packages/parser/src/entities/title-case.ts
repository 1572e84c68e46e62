import { isWhiteSpace } from "../white-space.js";

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
const SHORT_FUNCTION_WORDS = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "by",
  "for",
  "in",
  "of",
  "on",
  "or",
  "the",
  "to",
  "vs",
  "with",
]);
const LONGEST_HEADLINE = 300;
/** Marks that end running text (a sentence, a quotation, a bracket); headlines rarely end with one. */
const SENTENCE_END_MARKS = new Set(Array.from('.!?:;,"”’)', (mark) => mark.charCodeAt(0)));

/** Whether the text's last mark but white space ends a sentence: a regex ending in `$` would try every position. */
function endsLikeSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end > 0 && SENTENCE_END_MARKS.has(text.charCodeAt(end - 1));
}

/**
 * Whether a short line is written in headline style ("PM Modi Holds Talks with Trump"), where capitals
 * mark every word and say nothing about names.
 */
export function isTitleCase(text: string): boolean {
  if (text.length > LONGEST_HEADLINE || endsLikeSentence(text)) return false;
  let words = 0;
  let capitalised = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (SHORT_FUNCTION_WORDS.has(word)) continue;
    words++;
    if (word.charAt(0) !== word.charAt(0).toLowerCase()) capitalised++;
  }
  return words >= 3 && capitalised / words >= 0.75;
}
