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
/** Running text ends like a sentence; headlines rarely do. */
const SENTENCE_ENDING = /[.!?:;,"”’)]\s*$/;

/**
 * Whether a short line is written in headline style ("PM Modi Holds Talks with Trump"), where capitals
 * mark every word and say nothing about names.
 */
export function isTitleCase(text: string): boolean {
  if (text.length > LONGEST_HEADLINE || SENTENCE_ENDING.test(text)) return false;
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
