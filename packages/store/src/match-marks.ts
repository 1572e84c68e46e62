import { stemmer } from "stemmer";
import { foldDiacritics } from "./slug.js";
import { MATCH_CLOSE, MATCH_OPEN } from "./snippet.js";
import type { QueryTerm } from "./sqlite/match-expression.js";

/** Word characters as the FTS5 unicode61 tokenizer reads them. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** A word with anything but ASCII letters and digits may need its accents folded. */
const NOT_ASCII = /[^A-Za-z0-9]/;
/**
 * Porter only rewrites a word's ending (at most four letters of a rewritten suffix survive into the
 * stem), so a word can share a stem only if it starts with the stem less its last four letters: most words
 * are ruled out without stemming them.
 */
const STEM_REWRITE = 4;

interface Token {
  start: number;
  end: number;
  /** Folded and lowercased, as the index reads it. */
  folded: string;
  /** Its Porter stem, once asked for. */
  stem?: string;
}

interface Wanted {
  stems: string[];
  /** What a word must start with to have each stem. */
  heads: string[];
  /** A prefix term's last word. */
  prefix?: string;
}

/**
 * Marks the query's matches in a hit's text the way the full-text index matched them: words compare by
 * their Porter stems after folding case and accents (`elections` matches `election`), a phrase's words
 * must follow one another, and a prefix term's last word matches any word starting with it. Doing this
 * here costs a read of the text; FTS5's highlight() would look every term up in the index again for each
 * hit, and expand each prefix to all its indexed terms.
 */
export function markMatches(text: string, terms: readonly QueryTerm[]): string {
  const tokens: Token[] = [];
  for (const found of text.matchAll(WORD)) {
    const word = found[0];
    const folded = (NOT_ASCII.test(word) ? foldDiacritics(word) : word).toLowerCase();
    tokens.push({ start: found.index, end: found.index + word.length, folded });
  }
  const wanted: Wanted[] = terms.map((term) => {
    const stems = term.words.map((word) => stemmer(word));
    const heads = stems.map((stem) => stem.slice(0, Math.max(1, stem.length - STEM_REWRITE)));
    const last = term.words[term.words.length - 1];
    return term.prefix && last !== undefined ? { stems, heads, prefix: last } : { stems, heads };
  });
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const length = wanted.find((term) => matchesAt(tokens, i, term))?.stems.length;
    const first = tokens[i];
    const last = length === undefined ? undefined : tokens[i + length - 1];
    if (first && last) spans.push({ start: first.start, end: last.end });
  }
  let out = "";
  let from = 0;
  for (const span of spans) {
    if (span.start < from) continue;
    out += `${text.slice(from, span.start)}${MATCH_OPEN}${text.slice(span.start, span.end)}${MATCH_CLOSE}`;
    from = span.end;
  }
  return out + text.slice(from);
}

function matchesAt(tokens: Token[], at: number, term: Wanted): boolean {
  const { stems, heads, prefix } = term;
  for (let k = 0; k < stems.length; k++) {
    const token = tokens[at + k];
    if (!token) return false;
    if (prefix !== undefined && k === stems.length - 1) {
      if (!token.folded.startsWith(prefix)) return false;
      continue;
    }
    if (!token.folded.startsWith(heads[k] ?? "")) return false;
    token.stem ??= stemmer(token.folded);
    if (token.stem !== stems[k]) return false;
  }
  return true;
}
