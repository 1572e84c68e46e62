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
