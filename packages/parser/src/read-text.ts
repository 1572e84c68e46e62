import type { Draft, SourceText } from "./draft.js";
import { numberLines, type SourceLine, segmentLines } from "./segment.js";

const HIGHLIGHT_MARKER = "@highlight";
const MAX_HEADLINE_LENGTH = 250;
const SENTENCE_END = /[.!?…]["'”’)]*$/;

/** CNN `.story` layout: body paragraphs, then `@highlight` lines each followed by a sentence. */
function splitHighlights(lines: SourceLine[]): { body: SourceLine[]; highlights: string[] } {
  const first = lines.findIndex((source) => source.text.trim() === HIGHLIGHT_MARKER);
  if (first === -1) return { body: lines, highlights: [] };
  const highlights = lines
    .slice(first)
    .map((source) => source.text.trim())
    .filter((text) => text.length > 0 && text !== HIGHLIGHT_MARKER);
  return { body: lines.slice(0, first), highlights };
}

/**
 * The headline line: the first non-empty line when it reads like a headline, i.e. it stands
 * apart (a blank line follows) or is short and does not end like a sentence.
 */
function findHeadline(lines: readonly SourceLine[]): { title?: SourceText; rest: SourceLine[] } {
  const index = lines.findIndex((source) => source.text.trim().length > 0);
  const first = lines[index];
  if (first === undefined) return { rest: [] };
  const text = first.text.trim();
  const next = lines[index + 1];
  const standsApart = next === undefined || next.text.trim().length === 0;
  const looksLikeHeadline =
    text.length <= MAX_HEADLINE_LENGTH && (standsApart || !SENTENCE_END.test(text));
  if (!looksLikeHeadline) return { rest: lines.slice(index) };
  return { title: { text, line: first.line }, rest: lines.slice(index + 1) };
}

/** Front stage for plain text: headline line, blank line, paragraphs; or a CNN story. */
export function readText(text: string): Draft {
  const lines = numberLines(text);
  // A native search spares trimming every line of the many texts that are no CNN story.
  const { body, highlights } = text.includes(HIGHLIGHT_MARKER)
    ? splitHighlights(lines)
    : { body: lines, highlights: [] };
  const isStory = highlights.length > 0;
  const { title, rest } = isStory ? { title: undefined, rest: body } : findHeadline(body);
  const blocks = segmentLines(rest);
  // Two literals rather than a spread of the optional title, which costs a runtime copy.
  return title === undefined
    ? { format: "text", meta: {}, blocks, highlights, warnings: [] }
    : { format: "text", title, meta: {}, blocks, highlights, warnings: [] };
}
