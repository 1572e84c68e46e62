import { foldDiacritics } from "./slug.js";
import { MATCH_CLOSE, MATCH_OPEN } from "./snippet.js";
import type { QueryTerm } from "./sqlite/match-expression.js";

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Marks, in text that may already carry match markers, the words that a query's prefix terms (`tarif*`)
 * match: a word starting with the prefix, or equal to one of the phrase's other words. FTS5 can mark these
 * itself, but only by expanding the prefix to every indexed term again for each hit, which costs far more
 * than reading the text.
 */
export function markPrefixMatches(text: string, terms: readonly QueryTerm[]): string {
  const prefixTerms = terms.filter((term) => term.prefix);
  if (prefixTerms.length === 0) return text;
  const matches = (word: string) =>
    prefixTerms.some((term) => {
      const last = term.words.length - 1;
      return term.words.some((termWord, i) =>
        i === last ? word.startsWith(termWord) : word === termWord,
      );
    });
  let out = "";
  let from = 0;
  let inside = false;
  for (const found of text.matchAll(WORD)) {
    const start = found.index;
    for (let i = from; i < start; i++) {
      if (text[i] === MATCH_OPEN) inside = true;
      else if (text[i] === MATCH_CLOSE) inside = false;
    }
    const word = found[0];
    const end = start + word.length;
    const mark = !inside && matches(foldDiacritics(word).toLowerCase());
    out += text.slice(from, start) + (mark ? `${MATCH_OPEN}${word}${MATCH_CLOSE}` : word);
    from = end;
  }
  return out + text.slice(from);
}
