import type { Figure } from "@news/schema";
import { alternation, CURRENCY_PREFIXES, CURRENCY_SUFFIXES, SUBUNIT_SUFFIXES } from "./currency.js";
import { AMBIGUOUS_SCALES, parseNumber, SCALES, scaled } from "./scale.js";
import { MEASURE_UNITS, NOT_UNITS } from "./units.js";

const LONG_SCALES = [...SCALES.keys()].filter((scale) => !AMBIGUOUS_SCALES.has(scale));

/**
 * A number ("2,225", "1,00,000", "3.5") and what may follow it: a scale ("mln", "billion", "bn", or a
 * glued "m"), a percent sign or words, a currency word. It starts with a digit so the engine can skip
 * ahead quickly; the currency prefix before it is read by hand.
 * Groups: 1 number, 2 spaced scale, 3 second scale ("lakh crore"), 4 glued scale, 5 percent sign,
 * 6 percent words, 7 currency word.
 */
const FIGURE = new RegExp(
  `(\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)` +
    `(?:\\s?(${alternation(LONG_SCALES)})(?![\\p{L}\\p{N}])(?:\\s(crores?|billion|million)(?![\\p{L}\\p{N}]))?` +
    `|(${alternation(AMBIGUOUS_SCALES)})(?![\\p{L}\\p{N}]))?` +
    `(?:\\s?(%)|\\s?(?:(per\\s?cent|percent|percentage points?)(?!\\p{L})))?` +
    `(?:\\s(${alternation(CURRENCY_SUFFIXES.keys())})(?!\\p{L}))?`,
  "gu",
);
const FOLLOWING_WORD = /\s([a-z][a-z-]{1,30})(?![\p{L}\p{N}])/uy;
const GLUED = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

interface CurrencyPrefix {
  readonly written: string;
  readonly currency: string;
  /** "USD", "EUR": a letter code, which needs a space before the amount. */
  readonly letterCode: boolean;
}

/** Currency prefixes by the code unit they end with, longest first. */
function prefixesByEnd(): ReadonlyMap<number, readonly CurrencyPrefix[]> {
  const byEnd = new Map<number, CurrencyPrefix[]>();
  const longestFirst = [...CURRENCY_PREFIXES].sort(([a], [b]) => b.length - a.length);
  for (const [written, currency] of longestFirst) {
    const end = written.charCodeAt(written.length - 1);
    const prefixes = byEnd.get(end) ?? [];
    prefixes.push({ written, currency, letterCode: /^[A-Z]{3}$/.test(written) });
    byEnd.set(end, prefixes);
  }
  return byEnd;
}

/**
 * The character before a number picks the few prefixes that may end there ("s": only "Rs"), each
 * compared in place rather than sliced out and looked up.
 */
const PREFIXES_BY_END = prefixesByEnd();
/** Characters that may not touch a figure on its left: "G7", "COVID-19", "1.5", "3/4", "9:30". */
const NOT_BEFORE = new Set(
  ["_", ".", ",", "/", ":", "$", "£", "€", "₹", "¥"].map((char) => char.charCodeAt(0)),
);
const SPACE = 0x20;
const HYPHEN = 0x2d;
const FIRST_YEAR = 1800;
const LAST_YEAR = 2100;

function isAsciiLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether the UTF-16 unit at `offset` is a letter or a digit of any script (false past the end). */
function isGlued(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code < 128) return isAsciiLetter(code) || isDigit(code);
  return GLUED.test(text.charAt(offset));
}

/** Whether a figure continues at `offset` as a time of day or a decimal: ":30", ".5". */
function isClock(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  return (code === 58 || code === 46) && isDigit(text.charCodeAt(offset + 1));
}

/** Whether the character before `offset` lets a figure start there. */
function startsFreely(text: string, offset: number): boolean {
  if (offset === 0) return true;
  const code = text.charCodeAt(offset - 1);
  if (NOT_BEFORE.has(code) || isGlued(text, offset - 1)) return false;
  return !(code === HYPHEN && LETTER.test(text.charAt(offset - 2)));
}

/** A currency prefix right before the number ("$", "US$ ", "Rs.", "EUR "), with where it starts. */
function prefixBefore(
  text: string,
  numberStart: number,
): { currency: string; start: number } | undefined {
  const end = text.charCodeAt(numberStart - 1) === SPACE ? numberStart - 1 : numberStart;
  const prefixes = PREFIXES_BY_END.get(text.charCodeAt(end - 1));
  if (prefixes === undefined) return undefined;
  for (const prefix of prefixes) {
    const start = end - prefix.written.length;
    if (start < 0 || !text.startsWith(prefix.written, start)) continue;
    // Letter codes need a space before the amount ("USD 5"); symbols may touch it ("$5", "US$ 5").
    if (prefix.letterCode && end === numberStart) continue;
    if (startsFreely(text, start)) return { currency: prefix.currency, start };
  }
  return undefined;
}

/** The unit word after a number ("2,225 articles", "15 km"), or undefined. */
function unitAfter(text: string, offset: number): { unit: string; end: number } | undefined {
  // The word opens with a lower-case letter after one white-space character: most figures fail that glance.
  const first = text.charCodeAt(offset + 1);
  if (first < 97 || first > 122) return undefined;
  FOLLOWING_WORD.lastIndex = offset;
  const match = FOLLOWING_WORD.exec(text);
  const unit = match?.[1];
  if (match === null || unit === undefined || NOT_UNITS.has(unit)) return undefined;
  return { unit, end: offset + match[0].length };
}

/**
 * Figures in one block's text, in order, appended to `figures` (the article's list: no array per
 * block). Linear: one pass of one precompiled expression.
 */
export function scanFigures(text: string, blockIndex: number, figures: Figure[] = []): Figure[] {
  FIGURE.lastIndex = 0;
  for (let match = FIGURE.exec(text); match !== null; match = FIGURE.exec(text)) {
    // Indexed, not destructured: destructuring walks the match with an iterator.
    const tail = match[0];
    const digits = match[1];
    if (digits === undefined) continue;
    const spacedScale = match[2];
    const secondScale = match[3];
    const gluedScale = match[4];
    const percentSign = match[5];
    const percentWords = match[6];
    const currencyWord = match[7];
    const numberStart = match.index;
    let end = numberStart + tail.length;
    if (isGlued(text, end) || isClock(text, end)) continue;
    const prefix = prefixBefore(text, numberStart);
    if (prefix === undefined && !startsFreely(text, numberStart)) continue;
    const start = prefix?.start ?? numberStart;
    const written = prefix === undefined ? tail : text.slice(start, end);

    const scaleWord = spacedScale ?? gluedScale;
    const number = parseNumber(digits);
    const scale =
      (scaleWord === undefined ? 1 : (SCALES.get(scaleWord.toLowerCase()) ?? 1)) *
      (secondScale === undefined ? 1 : (SCALES.get(secondScale) ?? 1));
    const value = scale === 1 ? number : scaled(number, scale);
    // "1e400"-sized digit strings overflow a double: no figure can be given for them.
    if (!Number.isFinite(value)) continue;

    if (percentSign !== undefined || percentWords !== undefined) {
      figures.push({ blockIndex, start, end, kind: "percent", value: number, text: written });
      continue;
    }
    const currency =
      prefix?.currency ??
      (currencyWord === undefined ? undefined : CURRENCY_SUFFIXES.get(currencyWord));
    if (currency !== undefined) {
      const amount =
        currencyWord !== undefined && SUBUNIT_SUFFIXES.has(currencyWord)
          ? scaled(value, 0.01)
          : value;
      figures.push({
        blockIndex,
        start,
        end,
        kind: "money",
        value: amount,
        currency,
        text: written,
      });
      continue;
    }
    const unit = unitAfter(text, end);
    if (unit !== undefined) {
      end = unit.end;
      const kind = MEASURE_UNITS.has(unit.unit) && gluedScale === undefined ? "quantity" : "count";
      figures.push({
        blockIndex,
        start,
        end,
        kind,
        value,
        unit: unit.unit,
        text: text.slice(start, end),
      });
      continue;
    }
    if (scaleWord !== undefined && !AMBIGUOUS_SCALES.has(scaleWord)) {
      figures.push({ blockIndex, start, end, kind: "count", value, text: written });
      continue;
    }
    if (
      scaleWord === undefined &&
      digits.length === 4 &&
      number >= FIRST_YEAR &&
      number <= LAST_YEAR &&
      !digits.includes(".")
    ) {
      figures.push({ blockIndex, start, end, kind: "year", value: number, text: written });
    }
  }
  return figures;
}
