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

/** Words shown before the first match of the window, so a match is seen in its context. */
const LEAD_WORDS = 3;

/**
 * Cuts marked-up text down to the `size` words with the most matches, starting a few words before the
 * first of them, with "…" where text was cut; a match cut in half stays marked.
 */
export function snippetWindow(marked: string, size: number): string {
  // Words are separated by white space, so there are at most half as many as characters, rounded up.
  const capacity = (marked.length >> 1) + 1;
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  /** matchesBefore[i]: how many of the words before word i hold a marker. */
  const matchesBefore = new Int32Array(capacity + 1);
  let count = 0;
  let inWord = false;
  let marker = false;
  for (let i = 0; i <= marked.length; i++) {
    const code = i < marked.length ? marked.charCodeAt(i) : 32;
    const space = code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
    if (space && inWord) {
      ends[count] = i;
      matchesBefore[count + 1] = (matchesBefore[count] ?? 0) + (marker ? 1 : 0);
      count++;
      inWord = false;
    } else if (!space) {
      if (!inWord) {
        starts[count] = i;
        inWord = true;
        marker = false;
      }
      if (code === 0xe000 || code === 0xe001) marker = true;
    }
  }
  if (count <= size) return marked.trim();
  const lead = Math.min(LEAD_WORDS, Math.floor(size / 4));
  const matchesIn = (from: number) =>
    (matchesBefore[Math.min(count, from + size)] ?? 0) - (matchesBefore[from] ?? 0);
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < count; i++) {
    if ((matchesBefore[i + 1] ?? 0) === (matchesBefore[i] ?? 0)) continue;
    const from = Math.max(0, Math.min(i - lead, count - size));
    const found = matchesIn(from);
    if (found > bestCount) {
      best = from;
      bestCount = found;
    }
  }
  const first = starts[best] ?? 0;
  const last = ends[Math.min(count, best + size) - 1] ?? marked.length;
  const inside =
    marked.lastIndexOf(MATCH_OPEN, first - 1) > marked.lastIndexOf(MATCH_CLOSE, first - 1);
  const head = best > 0 ? "…" : "";
  const tail = best + size < count ? "…" : "";
  return `${head}${inside ? MATCH_OPEN : ""}${marked.slice(first, last)}${tail}`;
}
