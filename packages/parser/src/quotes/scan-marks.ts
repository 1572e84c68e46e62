import type { Block } from "@news/schema";
import { isPlainSpace } from "../white-space.js";

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
}

/** A mark with no partner: an opening mark never closed, or a closing mark never opened. */
export interface UnbalancedMark {
  readonly blockIndex: number;
  readonly offset: number;
}

/** The double quotation marks and guillemets that quotations are paired by. */
export const DOUBLE_MARKS: readonly string[] = ["“", "”", '"', "«", "»", "„"];
const OPENING = new Set(["“", "«", "„"]);
const CLOSING = new Set(["”", "»"]);
const LEADING_SPACE = /^\s*/;

/** White space, or nothing (the start or end of the text). */
function isSpace(char: string): boolean {
  return char === "" || isPlainSpace(char.charCodeAt(0));
}

/** Where a block opens with a quotation mark that reopens a quotation carried over from the paragraph before. */
function reopeningMark(text: string): number {
  const offset = LEADING_SPACE.exec(text)?.[0].length ?? 0;
  const char = text.charAt(offset);
  return OPENING.has(char) || char === '"' ? offset : -1;
}

/**
 * The quotation marks of a text in order, found by a native search for each kind of mark: text
 * in Latin-1 cannot hold the curly ones, which are then ruled out at once.
 */
class MarkSearch {
  readonly #text: string;
  /** Per kind of mark, the offset of its next occurrence, or -1. */
  readonly #next: number[];

  constructor(text: string, from: number) {
    this.#text = text;
    const next: number[] = [];
    for (const mark of DOUBLE_MARKS) next.push(text.indexOf(mark, from));
    this.#next = next;
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
    if (kind !== -1) next[kind] = this.#text.indexOf(DOUBLE_MARKS[kind] ?? "", nearest + 1);
    return nearest;
  }
}

interface Open {
  blockIndex: number;
  mark: number;
  straight: boolean;
  pieces: QuotePiece[];
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
  let open: Open | undefined;

  blocks.forEach((block, blockIndex) => {
    const { text } = block;
    let from = 0;
    if (open !== undefined) {
      const reopen = reopeningMark(text);
      if (reopen === -1) {
        unbalanced.push({ blockIndex: open.blockIndex, offset: open.mark });
        open = undefined;
      } else {
        open.pieces.push({ blockIndex, start: reopen + 1, end: reopen + 1 });
        from = reopen + 1;
      }
    }
    const marks = new MarkSearch(text, from);
    let offset = marks.next();
    // Only a reopening mark comes before `from`.
    doubleMarked.push(from > 0 || offset !== -1);
    for (; offset !== -1; offset = marks.next()) {
      const mark = text.charAt(offset);
      const straight = mark === '"';
      const closes =
        open !== undefined &&
        (CLOSING.has(mark) || (straight && (open.straight || !isSpace(text.charAt(offset - 1)))));
      if (open !== undefined && closes) {
        const pieces = open.pieces;
        const last = pieces[pieces.length - 1];
        if (last !== undefined && last.blockIndex === blockIndex) {
          pieces[pieces.length - 1] = {
            blockIndex: last.blockIndex,
            start: last.start,
            end: offset,
          };
        } else {
          pieces.push({ blockIndex, start: from, end: offset });
        }
        quotations.push({ pieces, openMark: open.mark, closeMark: offset });
        open = undefined;
        continue;
      }
      if (CLOSING.has(mark) || (straight && isSpace(text.charAt(offset + 1)))) {
        unbalanced.push({ blockIndex, offset });
        continue;
      }
      if (open !== undefined) unbalanced.push({ blockIndex: open.blockIndex, offset: open.mark });
      open = {
        blockIndex,
        mark: offset,
        straight,
        pieces: [{ blockIndex, start: offset + 1, end: offset + 1 }],
      };
    }
    if (open !== undefined) {
      const pieces = open.pieces;
      const last = pieces[pieces.length - 1];
      if (last !== undefined && last.blockIndex === blockIndex)
        pieces[pieces.length - 1] = {
          blockIndex: last.blockIndex,
          start: last.start,
          end: text.length,
        };
    }
  });
  if (open !== undefined) unbalanced.push({ blockIndex: open.blockIndex, offset: open.mark });
  return { quotations, unbalanced, doubleMarked };
}
