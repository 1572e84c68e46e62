import type { Block } from "@news/schema";
import { isPlainSpace } from "../white-space.js";
import { type MarkedQuotation, MarkSearch } from "./scan-marks.js";

const OPENERS = ["'", "‘"];
const CLOSERS = ["'", "’"];
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
 * `closers`: the search for closing marks, restarted here.
 */
function closingMark(text: string, open: number, closers: MarkSearch): number {
  const limit = Math.min(text.length, open + MAX_QUOTATION);
  // Searched up to the limit only: a long paragraph is not read to its end for every opening mark.
  closers.restart(text.slice(0, limit), open + 1);
  for (let at = closers.next(); at !== -1; at = closers.next()) {
    if (closesAt(text, at)) return at;
    if (startsWord(text, at)) return -1;
  }
  return -1;
}

/**
 * Quotations in single marks, the house style of much of the British press ('We are devastated,' she
 * said), read only in paragraphs without double marks (where single ones are nested quotations) and only
 * where they cannot be apostrophes: an opening mark before a capital at the start of a word, a closing
 * mark right after the sentence's own comma, full stop, "!" or "?". Quoted fragments ('unacceptable')
 * stay unread: their marks cannot be told from apostrophes ("the players' union").
 * `doubleMarked`: per block, whether it holds a double mark, as `scanQuotationMarks` reports it.
 */
export function scanSingleQuotations(
  blocks: readonly Block[],
  doubleMarked: readonly boolean[],
): MarkedQuotation[] {
  const quotations: MarkedQuotation[] = [];
  const openers = new MarkSearch(OPENERS);
  const closers = new MarkSearch(CLOSERS);
  blocks.forEach((block, blockIndex) => {
    if (doubleMarked[blockIndex] === true) return;
    const { text } = block;
    openers.restart(text, 0);
    // Marks inside a quotation just read are passed over.
    let from = 0;
    for (let open = openers.next(); open !== -1; open = openers.next()) {
      if (open < from) continue;
      from = open + 1;
      if (!opensAt(text, open)) continue;
      const close = closingMark(text, open, closers);
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
