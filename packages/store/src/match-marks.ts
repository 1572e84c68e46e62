import { stemmer } from "stemmer";
import { foldDiacritics } from "./slug.js";
import type { Span } from "./snippet.js";
import type { QueryTerm } from "./sqlite/match-expression.js";

/** Word characters as the FTS5 unicode61 tokenizer reads them. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Each character beyond ASCII, in turn. */
const NON_ASCII = /[\u0080-\u{10ffff}]/gu;
/** A word character as the tokenizer reads them: text with one beyond ASCII is read word by word. */
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;

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

export interface Wanted {
  stems: string[];
  /** What a word must start with to have each stem. */
  heads: string[];
  /** A prefix term's last word. */
  prefix?: string;
}

export function matchSpans(text: string, terms: readonly QueryTerm[]): Span[] {
  const wanted = wantedTerms(terms);
  const lowered = text.toLowerCase();
  const found =
    lowered.length === text.length && !hasNonAsciiWordCharacter(text)
      ? spansInAsciiWords(lowered, wanted)
      : spansInTokens(text, wanted);
  const spans: Span[] = [];
  let from = 0;
  for (const span of found) {
    if (span.start < from) continue;
    spans.push(span);
    from = span.end;
  }
  return spans;
}

/**
 * News copy has few characters beyond ASCII (quotation marks, dashes, currency signs), so only those few
 * are tested against the Unicode word classes.
 */
function hasNonAsciiWordCharacter(text: string): boolean {
  NON_ASCII.lastIndex = 0;
  for (let found = NON_ASCII.exec(text); found; found = NON_ASCII.exec(text)) {
    if (WORD_CHARACTER.test(found[0])) return true;
  }
  return false;
}

/** Stems already computed: search marks the same few words in every hit. */
const rememberedStems = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 10_000;

/** The Porter stem of a lowercase word, remembered (the stemmer is a pure function of the word). */
function stemOf(word: string): string {
  let stem = rememberedStems.get(word);
  if (stem === undefined) {
    if (rememberedStems.size >= MAX_REMEMBERED_STEMS) rememberedStems.clear();
    stem = stemmer(word);
    rememberedStems.set(word, stem);
  }
  return stem;
}

/** What each query term asks of the words it matches. */
export function wantedTerms(terms: readonly QueryTerm[]): Wanted[] {
  return terms.map((term) => {
    const stems = term.words.map((word) => stemmer(word));
    const heads = stems.map((stem) => stem.slice(0, Math.max(1, stem.length - STEM_REWRITE)));
    const last = term.words[term.words.length - 1];
    return term.prefix && last !== undefined ? { stems, heads, prefix: last } : { stems, heads };
  });
}

/** Every word read, folded; at each word the first term that matches there gives a span. */
export function spansInTokens(text: string, wanted: readonly Wanted[]): Span[] {
  const tokens: Token[] = [];
  for (const found of text.matchAll(WORD)) {
    const word = found[0];
    const folded = (NOT_ASCII.test(word) ? foldDiacritics(word) : word).toLowerCase();
    tokens.push({ start: found.index, end: found.index + word.length, folded });
  }
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const length = wanted.find((term) => matchesAt(tokens, i, term))?.stems.length;
    const first = tokens[i];
    const last = length === undefined ? undefined : tokens[i + length - 1];
    if (first && last) spans.push({ start: first.start, end: last.end });
  }
  return spans;
}

/**
 * The same spans for text whose words are all ASCII letters and digits (most news copy): only the places
 * where a term's first word could start are read, found by a native search of the lowercased text, so a
 * hit's other few hundred words are never tokenised or stemmed.
 */
export function spansInAsciiWords(lowered: string, wanted: readonly Wanted[]): Span[] {
  const found: { span: Span; term: number }[] = [];
  wanted.forEach((term, index) => {
    const opening =
      term.stems.length === 1 && term.prefix !== undefined ? term.prefix : term.heads[0];
    if (!opening) return;
    for (let at = lowered.indexOf(opening); at !== -1; at = lowered.indexOf(opening, at + 1)) {
      if (at > 0 && isAsciiWordCode(lowered.charCodeAt(at - 1))) continue;
      const end = asciiMatchEnd(lowered, at, term);
      if (end !== undefined) found.push({ span: { start: at, end }, term: index });
    }
  });
  found.sort((a, b) => a.span.start - b.span.start || a.term - b.term);
  return found.map((entry) => entry.span);
}

/** Where the term's words, read from the word starting at `at`, end; undefined when they do not match. */
function asciiMatchEnd(lowered: string, at: number, term: Wanted): number | undefined {
  const { stems, heads, prefix } = term;
  let start = at;
  let end = at;
  for (let k = 0; k < stems.length; k++) {
    if (k > 0) {
      start = end;
      while (start < lowered.length && !isAsciiWordCode(lowered.charCodeAt(start))) start++;
      if (start === lowered.length) return undefined;
    }
    end = start;
    while (end < lowered.length && isAsciiWordCode(lowered.charCodeAt(end))) end++;
    const word = lowered.slice(start, end);
    if (prefix !== undefined && k === stems.length - 1) {
      if (!word.startsWith(prefix)) return undefined;
      continue;
    }
    if (!word.startsWith(heads[k] ?? "") || stemOf(word) !== stems[k]) return undefined;
  }
  return end;
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
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
    token.stem ??= stemOf(token.folded);
    if (token.stem !== stems[k]) return false;
  }
  return true;
}
