import type { SnippetPart } from "@news/schema";

/** Private-use characters the search engine wraps around matched words; stripped from indexed text. */
export const MATCH_OPEN = "\uE000";
export const MATCH_CLOSE = "\uE001";
const MARKERS = /[\uE000\uE001]/g;

export function stripMarkers(text: string): string {
  return text.replace(MARKERS, "");
}

/** Splits marked-up snippet text into plain parts; adjacent parts of the same kind are merged. */
export function splitSnippet(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let start = 0;
  const push = (end: number) => {
    const text = marked.slice(start, end);
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i];
    if (ch !== MATCH_OPEN && ch !== MATCH_CLOSE) continue;
    push(i);
    match = ch === MATCH_OPEN;
    start = i + 1;
  }
  push(marked.length);
  return parts;
}

/** Where a query matched, in UTF-16 code units of the text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * `text[from, to)` with MATCH_OPEN and MATCH_CLOSE around the parts of `spans` (in order, not
 * overlapping) inside it: a span that starts before `from` is opened at `from`, one that ends after `to`
 * is left open.
 */
export function markSpans(text: string, spans: readonly Span[], from: number, to: number): string {
  let out = "";
  let at = from;
  for (const span of spans) {
    if (span.end <= from) continue;
    if (span.start >= to) break;
    const open = Math.max(span.start, from);
    const close = Math.min(span.end, to);
    out += `${text.slice(at, open)}${MATCH_OPEN}${text.slice(open, close)}`;
    if (span.end <= to) out += MATCH_CLOSE;
    at = close;
  }
  return out + text.slice(at, to);
}

/** Words shown before the first match of the window, so a match is seen in its context. */
const LEAD_WORDS = 3;

/** Where the words read for a snippet start and end; kept between calls, grown for a longer text. */
let wordStarts = new Int32Array(1024);
let wordEnds = new Int32Array(1024);

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

/**
 * The `size` words of the text with the most matches (`spans`, in order, not overlapping), starting a
 * few words before the first of them, marked up, with "…" where text was cut; a match cut in half stays
 * marked. A word counts as a match when a span starts or ends in it. Only the words that can be in such
 * a window are read: from `size` words before the first match to `size` words after the last.
 */
export function snippetWindow(text: string, spans: readonly Span[], size: number): string {
  const { begin, before } = readFrom(text, spans[0], size);
  /** Each span's first and last character, in order: the words that hold one are matches. */
  const edges: number[] = [];
  for (const span of spans) edges.push(span.start, span.end - 1);
  const matched: number[] = [];
  let count = 0;
  let edge = 0;
  let at = begin;
  for (;;) {
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (at >= text.length) break;
    const lastMatch = matched.length > 0 ? (matched[matched.length - 1] as number) : 0;
    if (edge === edges.length && count > lastMatch + size) break;
    const start = at;
    while (at < text.length && !isSpace(text.charCodeAt(at))) at++;
    if (count === wordStarts.length) growWords();
    wordStarts[count] = start;
    wordEnds[count] = at;
    let match = false;
    while (edge < edges.length && (edges[edge] as number) < at) {
      if ((edges[edge] as number) >= start) match = true;
      edge++;
    }
    if (match) matched.push(count);
    count++;
  }
  if (!before && count <= size) return markSpans(text, spans, 0, text.length).trim();
  const best = densestWindow(matched, count, size);
  const first = wordStarts[best] as number;
  const last = wordEnds[Math.min(count, best + size) - 1] as number;
  const head = before || best > 0 ? "…" : "";
  const tail = best + size < count ? "…" : "";
  return `${head}${markSpans(text, spans, first, last)}${tail}`;
}

/**
 * Where to start reading words: `size` words before the word that holds the first match (a window never
 * reaches further back), or the start of the text; `before` tells whether words were skipped.
 */
function readFrom(
  text: string,
  first: Span | undefined,
  size: number,
): { begin: number; before: boolean } {
  if (!first) return { begin: 0, before: false };
  let begin = first.start;
  while (begin > 0 && !isSpace(text.charCodeAt(begin - 1))) begin--;
  for (let words = 0; words < size; words++) {
    let at = begin;
    while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
    if (at === 0) return { begin, before: false };
    while (at > 0 && !isSpace(text.charCodeAt(at - 1))) at--;
    begin = at;
  }
  let at = begin;
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  return { begin, before: at > 0 };
}

/**
 * The first word of the first `size`-word window with the most matches, among those starting LEAD_WORDS
 * before a matched word (or as near the end as they fit); `matched` holds the matched words, in order.
 */
function densestWindow(matched: readonly number[], count: number, size: number): number {
  const lead = Math.min(LEAD_WORDS, Math.floor(size / 4));
  let best = 0;
  let bestCount = 0;
  // As the window is placed at later matches, its first and last match only move forward.
  let firstIn = 0;
  let lastOut = 0;
  for (const word of matched) {
    const from = Math.max(0, Math.min(word - lead, count - size));
    while ((matched[firstIn] as number) < from) firstIn++;
    while (lastOut < matched.length && (matched[lastOut] as number) < from + size) lastOut++;
    if (lastOut - firstIn > bestCount) {
      best = from;
      bestCount = lastOut - firstIn;
    }
  }
  return best;
}

function growWords(): void {
  const starts = new Int32Array(wordStarts.length * 2);
  const ends = new Int32Array(wordEnds.length * 2);
  starts.set(wordStarts);
  ends.set(wordEnds);
  wordStarts = starts;
  wordEnds = ends;
}
