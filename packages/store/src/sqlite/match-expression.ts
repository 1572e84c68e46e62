import { foldDiacritics } from "../slug.js";

/** Longest query the store looks at; the rest is ignored. */
export const MAX_QUERY_CHARS = 512;
/** Most terms (words or phrases) a query keeps. */
export const MAX_TERMS = 12;
const MAX_WORDS_PER_TERM = 12;
const MAX_WORD_CHARS = 64;
const MIN_PREFIX_CHARS = 2;
const OPERATORS = new Set(["AND", "OR", "NOT", "NEAR"]);
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const ENDS_WITH_PREFIX_STAR = /[\p{L}\p{N}\p{M}]\*+[^\p{L}\p{N}\p{M}]*$/u;

export interface QueryTerm {
  /** Folded, lowercased words; several words make a phrase. */
  words: string[];
  /** The last word is a prefix (`tarif*`). */
  prefix: boolean;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** An FTS5 MATCH expression built only from quoted words; empty when the query has no words. */
  expression: string;
}

/**
 * Turns what a person typed into a safe FTS5 expression: every word is quoted, "phrases" stay phrases,
 * a trailing `*` stays a prefix, and FTS5 operators, column filters and punctuation are dropped.
 * All terms must match (implicit AND).
 */
export function parseQuery(input: string): ParsedQuery {
  const text = input.slice(0, MAX_QUERY_CHARS).normalize("NFC");
  const terms: QueryTerm[] = [];
  const add = (term: QueryTerm | null) => {
    if (term && terms.length < MAX_TERMS) terms.push(term);
  };
  const segments = text.split('"');
  const closed = segments.length % 2 === 1;
  segments.forEach((segment, i) => {
    const isPhrase = i % 2 === 1 && (closed || i < segments.length - 1);
    if (isPhrase) {
      add(toTerm(wordsOf(segment), false));
      return;
    }
    for (const chunk of segment.split(/\s+/)) {
      const words = wordsOf(chunk).filter((word) => !OPERATORS.has(word));
      add(toTerm(words, ENDS_WITH_PREFIX_STAR.test(chunk)));
    }
  });
  return { terms, expression: terms.map(toFts5).join(" ") };
}

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.slice(0, MAX_WORD_CHARS));
}

function toTerm(rawWords: string[], prefix: boolean): QueryTerm | null {
  const words = rawWords
    .slice(0, MAX_WORDS_PER_TERM)
    .flatMap((word) => foldDiacritics(word).toLowerCase().match(WORD) ?? []);
  const last = words[words.length - 1];
  if (last === undefined) return null;
  return { words, prefix: prefix && last.length >= MIN_PREFIX_CHARS };
}

function toFts5(term: QueryTerm): string {
  return `"${term.words.join(" ")}"${term.prefix ? "*" : ""}`;
}

/** An expression matching any of the terms, for "more like this" lookups. */
export function anyOf(terms: QueryTerm[]): string {
  return terms
    .slice(0, MAX_TERMS * 2)
    .map(toFts5)
    .join(" OR ");
}
