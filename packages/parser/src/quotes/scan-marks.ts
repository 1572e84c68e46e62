import type { Block } from "@news/schema";
import { isPlainSpace, isWhiteSpace } from "../white-space.js";

/** One piece of a quotation inside one block: the words between the marks, as a UTF-16 range. */
export interface QuotePiece {
  readonly blockIndex: number;
  readonly start: number;
  readonly end: number;
}

/** A quotation found by its marks; several pieces when it runs over several paragraphs. */
export interface MarkedQuotation {
  readonly pieces: readonly QuotePiece[];
  /** Offset of the opening mark in the first piece's block. */
  readonly openMark: number;
  /** Offset of the closing mark in the last piece's block. */
  readonly closeMark: number;
  /**
   * Offset of the first mark after the closing one, in its block, that may open another quotation
   * (“, " or «: where the words after this one stop being its context), or -1 when there is none.
   */
  readonly nextOpening: number;
}

/** A mark with no partner: an opening mark never closed, or a closing mark never opened. */
export interface UnbalancedMark {
  readonly blockIndex: number;
  readonly offset: number;
}

/** The double quotation marks and guillemets that quotations are paired by. */
export const DOUBLE_MARKS: readonly string[] = ["“", "”", '"', "«", "»", "„"];
const STRAIGHT = 0x22;
const LEFT_GUILLEMET = 0xab;
const RIGHT_GUILLEMET = 0xbb;
const LEFT_CURLY = 0x201c;
const RIGHT_CURLY = 0x201d;
const LOW_CURLY = 0x201e;
/** The kinds of mark (indexes into DOUBLE_MARKS) that end the context after a quotation. */
const CONTEXT_ENDING_KINDS = ["“", '"', "«"].map((mark) => DOUBLE_MARKS.indexOf(mark));

function isOpening(code: number): boolean {
  return code === LEFT_CURLY || code === LEFT_GUILLEMET || code === LOW_CURLY;
}

function isClosing(code: number): boolean {
  return code === RIGHT_CURLY || code === RIGHT_GUILLEMET;
}

/** White space, or nothing (the start or end of the text). */
function isSpaceAt(text: string, offset: number): boolean {
  return offset < 0 || offset >= text.length || isPlainSpace(text.charCodeAt(offset));
}

/** Where a block opens with a quotation mark that reopens a quotation carried over from the paragraph before. */
function reopeningMark(text: string): number {
  let offset = 0;
  while (offset < text.length && isWhiteSpace(text.charCodeAt(offset))) offset++;
  const code = text.charCodeAt(offset);
  return isOpening(code) || code === STRAIGHT ? offset : -1;
}

/**
 * The marks of some kinds in a text, in order, found by a native search per kind that is repeated only
 * once the scan has passed what it found: a text is read once per kind however many marks it holds.
 * Text in Latin-1 cannot hold the curly marks, which are then ruled out at once.
 */
export class MarkSearch {
  readonly #marks: readonly string[];
  #text = "";
  /** Per kind of mark, the offset of its next occurrence, or -1. */
  readonly #next: number[];

  constructor(marks: readonly string[]) {
    this.#marks = marks;
    this.#next = marks.map(() => -1);
  }

  /** Searches `text` from `from` on. */
  restart(text: string, from: number): void {
    this.#text = text;
    const next = this.#next;
    for (let kind = 0; kind < next.length; kind++)
      next[kind] = text.indexOf(this.#marks[kind] as string, from);
  }

  /** The offset of the next mark, or -1 when none is left. */
  next(): number {
    const next = this.#next;
    let nearest = -1;
    let kind = -1;
    for (let index = 0; index < next.length; index++) {
      const offset = next[index] as number;
      if (offset !== -1 && (nearest === -1 || offset < nearest)) {
        nearest = offset;
        kind = index;
      }
    }
    if (kind !== -1) next[kind] = this.#text.indexOf(this.#marks[kind] as string, nearest + 1);
    return nearest;
  }

  /** After `next`, the offset of the next mark of some kinds (indexes into the marks), or -1. */
  nextOf(kinds: readonly number[]): number {
    let nearest = -1;
    for (const kind of kinds) {
      const offset = this.#next[kind] as number;
      if (offset !== -1 && (nearest === -1 || offset < nearest)) nearest = offset;
    }
    return nearest;
  }
}

interface Open {
  blockIndex: number;
  mark: number;
  straight: boolean;
  /** The pieces in the paragraphs before this one. */
  pieces: QuotePiece[];
  /** Where the piece in this paragraph starts. */
  start: number;
}

/**
 * Pairs the double quotation marks of the blocks (curly, straight, guillemets; single quotes stay inside
 * as nested quotations). A quotation left open at the end of a paragraph continues when the next paragraph
 * opens with a mark, the news convention for quotations over several paragraphs. Linear in the text length.
 */
export function scanQuotationMarks(blocks: readonly Block[]): {
  quotations: MarkedQuotation[];
  unbalanced: UnbalancedMark[];
  /** Per block, whether it holds any double mark. */
  doubleMarked: boolean[];
} {
  const quotations: MarkedQuotation[] = [];
  const unbalanced: UnbalancedMark[] = [];
  const doubleMarked: boolean[] = [];
  const marks = new MarkSearch(DOUBLE_MARKS);
  let open: Open | undefined;

  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const { text } = blocks[blockIndex] as Block;
    let from = 0;
    if (open !== undefined) {
      const reopen = reopeningMark(text);
      if (reopen === -1) {
        unbalanced.push({ blockIndex: open.blockIndex, offset: open.mark });
        open = undefined;
      } else {
        open.start = reopen + 1;
        from = reopen + 1;
      }
    }
    marks.restart(text, from);
    let offset = marks.next();
    // Only a reopening mark comes before `from`.
    doubleMarked.push(from > 0 || offset !== -1);
    for (; offset !== -1; offset = marks.next()) {
      const code = text.charCodeAt(offset);
      const straight = code === STRAIGHT;
      const closes =
        open !== undefined &&
        (isClosing(code) || (straight && (open.straight || !isSpaceAt(text, offset - 1))));
      if (open !== undefined && closes) {
        const pieces = open.pieces;
        pieces.push({ blockIndex, start: open.start, end: offset });
        quotations.push({
          pieces,
          openMark: open.mark,
          closeMark: offset,
          nextOpening: marks.nextOf(CONTEXT_ENDING_KINDS),
        });
        open = undefined;
        continue;
      }
      if (isClosing(code) || (straight && isSpaceAt(text, offset + 1))) {
        unbalanced.push({ blockIndex, offset });
        continue;
      }
      if (open !== undefined) unbalanced.push({ blockIndex: open.blockIndex, offset: open.mark });
      open = { blockIndex, mark: offset, straight, pieces: [], start: offset + 1 };
    }
    if (open !== undefined) open.pieces.push({ blockIndex, start: open.start, end: text.length });
  }
  if (open !== undefined) unbalanced.push({ blockIndex: open.blockIndex, offset: open.mark });
  return { quotations, unbalanced, doubleMarked };
}
