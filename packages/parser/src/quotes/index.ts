import { type Block, type Entity, type Quote, spanText, type Warning } from "@news/schema";
import { isPlainSpace, isWhiteSpace } from "../white-space.js";
import { countQuoteWords, kindDependsOnAttribution, quoteKind } from "./quote-kind.js";
import { type ResolvedSpeaker, resolveSpeaker, SpeakerIndex } from "./resolve-speaker.js";
import {
  type MarkedQuotation,
  type QuotePiece,
  scanQuotationMarks,
  type UnbalancedMark,
} from "./scan-marks.js";
import { scanSingleQuotations } from "./single-quotes.js";
import { cueAfter, cueBefore, findChannel, type SpeakerCue, sentenceStart } from "./speaker-cue.js";

const COMMA = 0x2c;
/** How far after a quotation its channel is looked for ("…," he told the BBC). */
const CHANNEL_AFTER = 120;

/** Trims spaces and a trailing comma ("warm and engaging,") off a piece, keeping it a slice of its block. */
function trimPiece(piece: QuotePiece, text: string, last: boolean): QuotePiece {
  let start = piece.start;
  let end = piece.end;
  while (start < end && isPlainSpace(text.charCodeAt(start))) start++;
  while (
    end > start &&
    (isPlainSpace(text.charCodeAt(end - 1)) || (last && text.charCodeAt(end - 1) === COMMA))
  )
    end--;
  return { blockIndex: piece.blockIndex, start, end };
}

/** The pieces of a quotation trimmed, without those left empty. */
function trimmedPieces(pieces: readonly QuotePiece[], blocks: readonly Block[]): QuotePiece[] {
  const trimmed: QuotePiece[] = [];
  for (let position = 0; position < pieces.length; position++) {
    const piece = pieces[position] as QuotePiece;
    const kept = trimPiece(
      piece,
      blocks[piece.blockIndex]?.text ?? "",
      position === pieces.length - 1,
    );
    if (kept.end > kept.start) trimmed.push(kept);
  }
  return trimmed;
}

/** Two lists of quotations, each in reading order, as one. */
function inReadingOrder(
  double: readonly MarkedQuotation[],
  single: readonly MarkedQuotation[],
): readonly MarkedQuotation[] {
  if (single.length === 0) return double;
  const blockOf = (quotation: MarkedQuotation) => quotation.pieces[0]?.blockIndex ?? 0;
  return [...double, ...single].sort((a, b) => blockOf(a) - blockOf(b) || a.openMark - b.openMark);
}

/** Whether a piece's words end in a comma (before any spaces up to its closing mark). */
function endsInComma(piece: QuotePiece, text: string): boolean {
  let end = piece.end;
  while (end > piece.start && isPlainSpace(text.charCodeAt(end - 1))) end--;
  return end > piece.start && text.charCodeAt(end - 1) === COMMA;
}

const SENTENCE_STOPS = ".!?:;…";
const MARKS_BETWEEN_SENTENCES = "\"“”'‘’([";

/** Whether the quotation at `openMark` opens a sentence: nothing but spaces and marks since the last stop. */
function opensSentence(text: string, openMark: number): boolean {
  let index = openMark - 1;
  while (
    index >= 0 &&
    (isPlainSpace(text.charCodeAt(index)) || MARKS_BETWEEN_SENTENCES.includes(text.charAt(index)))
  )
    index--;
  return index < 0 || SENTENCE_STOPS.includes(text.charAt(index));
}

/**
 * A sentence quoted whole and cut short by its attribution: it opens a sentence, and its words end in
 * the comma that news style puts in place of the full stop ("The market is strong," Powell said).
 */
function isSentenceBeforeAttribution(
  quotation: MarkedQuotation,
  blocks: readonly Block[],
): boolean {
  const first = quotation.pieces[0];
  const last = quotation.pieces[quotation.pieces.length - 1];
  if (first === undefined || last === undefined) return false;
  return (
    opensSentence(blocks[first.blockIndex]?.text ?? "", quotation.openMark) &&
    endsInComma(last, blocks[last.blockIndex]?.text ?? "")
  );
}

function warningFor(mark: UnbalancedMark, blocks: readonly Block[]): Warning {
  const line = blocks[mark.blockIndex]?.line;
  return line === undefined
    ? {
        code: "unbalanced-quote",
        message: `unbalanced quotation mark in block ${mark.blockIndex + 1}`,
      }
    : { code: "unbalanced-quote", message: `unbalanced quotation mark at line ${line}`, line };
}

interface Located {
  readonly quotation: MarkedQuotation;
  readonly pieces: readonly QuotePiece[];
  readonly quote: Quote;
}

/** The cue for one quotation: an introducing colon first ("Modi shared: “…”"), then the words after it, then before. */
function findCue(
  located: Located,
  previous: Located | undefined,
  blocks: readonly Block[],
): SpeakerCue | undefined {
  const { quotation, pieces } = located;
  const first = pieces[0] as QuotePiece;
  const last = pieces[pieces.length - 1] as QuotePiece;
  const firstText = blocks[first.blockIndex]?.text ?? "";
  const lastText = blocks[last.blockIndex]?.text ?? "";
  const previousEnd =
    previous !== undefined &&
    previous.quote.endBlockIndex === undefined &&
    previous.quote.blockIndex === first.blockIndex
      ? previous.quotation.closeMark + 1
      : 0;
  const before = cueBefore(firstText, first.blockIndex, previousEnd, quotation.openMark);
  if (before?.introduced) return before;
  const contextEnd = quotation.nextOpening === -1 ? lastText.length : quotation.nextOpening;
  return cueAfter(lastText, last.blockIndex, quotation.closeMark, contextEnd) ?? before;
}

/**
 * Where the first sentence in `text` from `from` to `to` ends (its stop followed by white space or `to`),
 * else `to`. A native search per stop within the range only: a long paragraph is not read again for
 * every quotation in it.
 */
function sentenceEndWithin(text: string, from: number, to: number): number {
  const range = text.slice(from, to);
  let stop = range.indexOf(".");
  let exclamation = range.indexOf("!");
  let question = range.indexOf("?");
  for (;;) {
    let at = stop;
    if (exclamation !== -1 && (at === -1 || exclamation < at)) at = exclamation;
    if (question !== -1 && (at === -1 || question < at)) at = question;
    if (at === -1) return to;
    const end = from + at;
    if (end + 1 === to || isWhiteSpace(text.charCodeAt(end + 1))) return end;
    if (at === stop) stop = range.indexOf(".", at + 1);
    else if (at === exclamation) exclamation = range.indexOf("!", at + 1);
    else question = range.indexOf("?", at + 1);
  }
}

/** Whether a text holds nothing but white space. */
function isBlank(text: string): boolean {
  for (let index = text.length - 1; index >= 0; index--)
    if (!isWhiteSpace(text.charCodeAt(index))) return false;
  return true;
}

function channelFor(located: Located, blocks: readonly Block[]): string | undefined {
  const { quotation, pieces } = located;
  const first = pieces[0] as QuotePiece;
  const last = pieces[pieces.length - 1] as QuotePiece;
  const firstText = blocks[first.blockIndex]?.text ?? "";
  const lastText = blocks[last.blockIndex]?.text ?? "";
  const before = firstText.slice(
    sentenceStart(firstText, quotation.openMark, 0),
    quotation.openMark,
  );
  const from = quotation.closeMark + 1;
  const to = Math.min(lastText.length, from + CHANNEL_AFTER);
  const after = lastText.slice(from, sentenceEndWithin(lastText, from, to));
  // No channel pattern reads white space at either end of the context: a blank part (mostly the space
  // before a quotation that opens its sentence) is left out, and the other searched without a joined copy.
  if (isBlank(before)) return findChannel(after);
  if (isBlank(after)) return findChannel(before);
  return findChannel(`${before} ${after}`);
}

/** Whether a quotation continues the previous speaker's words: it opens its paragraph right after their quotation, or follows it in the same paragraph. */
function continuesPrevious(
  located: Located,
  previous: Located | undefined,
  blocks: readonly Block[],
): boolean {
  if (previous === undefined) return false;
  const first = located.pieces[0] as QuotePiece;
  const previousEndBlock = previous.quote.endBlockIndex ?? previous.quote.blockIndex;
  if (previousEndBlock === first.blockIndex) return true;
  const opensParagraph =
    (blocks[first.blockIndex]?.text.slice(0, located.quotation.openMark).trim() ?? "x") === "";
  return opensParagraph && previousEndBlock === first.blockIndex - 1;
}

/**
 * Every quotation in double quotation marks, with its speaker where the text gives one, and a warning
 * for each unbalanced mark. Statements and fragments get speakers; terms (scare quotes, names) do not.
 */
export function extractQuotes(
  blocks: readonly Block[],
  entities: readonly Entity[],
): { quotes: Quote[]; warnings: Warning[] } {
  const marked = scanQuotationMarks(blocks);
  const { unbalanced } = marked;
  const quotations = inReadingOrder(
    marked.quotations,
    scanSingleQuotations(blocks, marked.doubleMarked),
  );
  const warnings = unbalanced.map((mark) => warningFor(mark, blocks));
  const index = new SpeakerIndex(entities, blocks);
  const quotes: Quote[] = [];
  let previous: Located | undefined;
  let previousSpeaker: ResolvedSpeaker | undefined;

  for (const quotation of quotations) {
    const pieces = trimmedPieces(quotation.pieces, blocks);
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (first === undefined || last === undefined) continue;
    // Over several paragraphs the text runs from the opening in the first to the close in the last,
    // blocks joined by a blank line: the contract of spanText, reopening marks included.
    const endBlockIndex = last.blockIndex === first.blockIndex ? undefined : last.blockIndex;
    const text = spanText(blocks, {
      blockIndex: first.blockIndex,
      start: first.start,
      end: last.end,
      endBlockIndex,
    });
    if (text === undefined || text.length === 0) continue;
    const words =
      endBlockIndex === undefined
        ? countQuoteWords(blocks[first.blockIndex]?.text ?? "", first.start, last.end)
        : countQuoteWords(text, 0, text.length);
    const kind = quoteKind(
      text,
      kindDependsOnAttribution(words) && isSentenceBeforeAttribution(quotation, blocks),
      words,
    );
    const quote: Quote = {
      blockIndex: first.blockIndex,
      start: first.start,
      end: last.end,
      text,
      kind,
    };
    if (endBlockIndex !== undefined) quote.endBlockIndex = endBlockIndex;
    const located: Located = { quotation, pieces, quote };

    if (kind !== "term") {
      const cue = findCue(located, previous, blocks);
      let speaker = cue === undefined ? undefined : resolveSpeaker(cue, index);
      if (
        speaker === undefined &&
        cue === undefined &&
        kind === "statement" &&
        continuesPrevious(located, previous, blocks)
      ) {
        speaker = previousSpeaker;
      }
      if (speaker !== undefined) {
        quote.speaker = speaker.speaker;
        quote.speakerType = speaker.speakerType;
        if (speaker.speakerEntityId !== undefined) quote.speakerEntityId = speaker.speakerEntityId;
        const channel = channelFor(located, blocks);
        if (channel !== undefined) quote.channel = channel;
      }
      if (kind === "statement") {
        previous = located;
        previousSpeaker = speaker;
      }
    }
    quotes.push(quote);
  }
  return { quotes, warnings };
}
