import type { Block } from "@news/schema";
import { isPlainSpace } from "../white-space.js";
import { DOUBLE_MARKS, type MarkedQuotation } from "./scan-marks.js";

const OPENERS = ["'", "‘"] as const;
const CLOSERS = ["'", "’"] as const;
/** Characters a quotation may follow: the start, a space, a bracket or a dash. */
const BEFORE_OPENER = "([—–";
/** News style puts the quoted sentence's own punctuation inside the closing mark: "…,' she said". */
const INSIDE_CLOSER = ",.!?";
const AFTER_CLOSER = ")”";
const UPPER = /\p{Lu}/u;

/** A mark at the start of a word opens something: a quotation, or a quoted word ('cheating'). */
function startsWord(text: string, offset: number): boolean {
  const before = text.charAt(offset - 1);
  return before === "" || isPlainSpace(before.charCodeAt(0)) || BEFORE_OPENER.includes(before);
}

function opensAt(text: string, offset: number): boolean {
  return startsWord(text, offset) && UPPER.test(text.charAt(offset + 1));
}

function closesAt(text: string, offset: number): boolean {
  const after = text.charAt(offset + 1);
  return (
    INSIDE_CLOSER.includes(text.charAt(offset - 1)) &&
    (after === "" || isPlainSpace(after.charCodeAt(0)) || AFTER_CLOSER.includes(after))
  );
}

/** Longer than a quoted sentence or two: a pairing that runs further has mistaken an apostrophe. */
const MAX_QUOTATION = 500;

/**
 * The mark that closes the quotation opened at `open`, or -1 when a mark at the start of a word comes
 * first ('All Golds' … 'The Invincibles'), or none closes within MAX_QUOTATION characters.
 */
function closingMark(text: string, open: number): number {
  const limit = Math.min(text.length, open + MAX_QUOTATION);
  for (let at = nextMark(text, CLOSERS, open + 1); at !== -1 && at < limit; ) {
    if (closesAt(text, at)) return at;
    if (startsWord(text, at)) return -1;
    at = nextMark(text, CLOSERS, at + 1);
  }
  return -1;
}

/** The offset of the next single quotation mark of either kind at or after `from`, or -1. */
function nextMark(text: string, marks: readonly [string, string], from: number): number {
  const first = text.indexOf(marks[0], from);
  const second = text.indexOf(marks[1], from);
  if (first === -1) return second;
  return second === -1 || first < second ? first : second;
}

/**
 * Quotations in single marks, the house style of much of the British press ('We are devastated,' she
 * said), read only in paragraphs without double marks (where single ones are nested quotations) and only
 * where they cannot be apostrophes: an opening mark before a capital at the start of a word, a closing
 * mark right after the sentence's own comma, full stop, "!" or "?". Quoted fragments ('unacceptable')
 * stay unread: their marks cannot be told from apostrophes ("the players' union").
 * `doubleMarked`: per block, whether it holds a double mark, when the caller knows it already.
 */
export function scanSingleQuotations(
  blocks: readonly Block[],
  doubleMarked: readonly boolean[] = blocks.map(({ text }) =>
    DOUBLE_MARKS.some((mark) => text.includes(mark)),
  ),
): MarkedQuotation[] {
  const quotations: MarkedQuotation[] = [];
  blocks.forEach((block, blockIndex) => {
    const { text } = block;
    if (doubleMarked[blockIndex] === true || nextMark(text, OPENERS, 0) === -1) return;
    let from = 0;
    for (
      let open = nextMark(text, OPENERS, from);
      open !== -1;
      open = nextMark(text, OPENERS, from)
    ) {
      from = open + 1;
      if (!opensAt(text, open)) continue;
      const close = closingMark(text, open);
      if (close === -1) continue;
      quotations.push({
        pieces: [{ blockIndex, start: open + 1, end: close }],
        openMark: open,
        closeMark: close,
        // Read only in blocks without double marks.
        nextOpening: -1,
      });
      from = close + 1;
    }
  });
  return quotations;
}
