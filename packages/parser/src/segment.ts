import type { RawBlock } from "./draft.js";

export interface SourceLine {
  text: string;
  /** 1-based line number in the normalised source. */
  line: number;
}

/** Text is wrapped at 60 to 80 columns, hardly ever narrower: shorter lines are broken on purpose. */
const MIN_WRAP_WIDTH = 40;
const LIST_MARKER = /^(?:[-*•▪◦·–]|\d{1,3}[.)])\s+(?=\S)/;

/** The characters LIST_MARKER can open with: a glance at the first rules most lines out. */
const LIST_MARKER_STARTS = "-*•▪◦·–0123456789";

function mayOpenList(text: string): boolean {
  return LIST_MARKER_STARTS.includes(text.charAt(0));
}

function firstWordLength(text: string): number {
  const space = text.indexOf(" ");
  return space === -1 ? text.length : space;
}

/**
 * Whether the lines of a chunk are one paragraph hard-wrapped at a fixed width: each break
 * then falls where the next word would not have fitted. Lines that break earlier were
 * broken on purpose (one paragraph per line, a heading over its paragraph, a list).
 */
function isHardWrapped(lines: readonly SourceLine[]): boolean {
  let width = 0;
  for (const { text } of lines) width = Math.max(width, text.length);
  if (width < MIN_WRAP_WIDTH) return false;
  for (let i = 0; i + 1 < lines.length; i++) {
    const current = lines[i];
    const next = lines[i + 1];
    if (current === undefined || next === undefined) return false;
    if (LIST_MARKER.test(next.text)) return false;
    if (current.text.length + 1 + firstWordLength(next.text) <= width) return false;
  }
  return true;
}

function lineBlock(source: SourceLine, standalone: boolean): RawBlock {
  const marker = mayOpenList(source.text) ? LIST_MARKER.exec(source.text) : null;
  if (marker !== null && !/^\d/.test(marker[0])) {
    return { kind: "list-item", text: source.text.slice(marker[0].length), line: source.line };
  }
  return { kind: "prose", text: source.text, line: source.line, standalone };
}

/** A list set off by blank lines (perhaps under a line ending in ":"): it stays one block. */
function isListChunk(lines: readonly SourceLine[]): boolean {
  return lines.every(
    ({ text }, index) => LIST_MARKER.test(text) || (index === 0 && text.endsWith(":")),
  );
}

/**
 * Splits plain text into raw blocks. Paragraphs are separated by blank lines; inside a
 * blank-line chunk, a hard-wrapped paragraph is joined back into one block, a list stays one
 * block (its items on their own lines), and lines broken on purpose (one paragraph per line,
 * as in much web copy) become blocks each.
 */
export function segmentLines(lines: readonly SourceLine[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let chunk: SourceLine[] = [];
  const flush = () => {
    if (chunk.length === 1) {
      const only = chunk[0];
      if (only !== undefined) blocks.push(lineBlock(only, true));
    } else if (chunk.length > 1) {
      const first = chunk[0];
      if (first !== undefined && isListChunk(chunk)) {
        blocks.push({
          kind: "prose",
          text: chunk.map((source) => source.text).join("\n"),
          line: first.line,
          standalone: false,
        });
      } else if (first !== undefined && isHardWrapped(chunk)) {
        blocks.push({
          kind: "prose",
          text: chunk.map((source) => source.text).join(" "),
          line: first.line,
          standalone: false,
        });
      } else {
        for (const source of chunk) blocks.push(lineBlock(source, true));
      }
    }
    chunk = [];
  };
  for (const source of lines) {
    const text = source.text.trim();
    if (text.length === 0) flush();
    // trim() gives the string itself back when there is nothing to trim: the line is then kept as is.
    else chunk.push(text === source.text ? source : { text, line: source.line });
  }
  flush();
  return blocks;
}

/** The lines of `text`, numbered from `firstLine`. */
export function numberLines(text: string, firstLine = 1): SourceLine[] {
  // A native search per line break, one object per line: no intermediate array of strings.
  const lines: SourceLine[] = [];
  for (let start = 0; ; ) {
    const end = text.indexOf("\n", start);
    const line = firstLine + lines.length;
    if (end === -1) {
      lines.push({ text: text.slice(start), line });
      return lines;
    }
    lines.push({ text: text.slice(start, end), line });
    start = end + 1;
  }
}
