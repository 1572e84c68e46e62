import type { Figure } from "@news/schema";
import { alternation, CURRENCY_PREFIXES, CURRENCY_SUFFIXES, SUBUNIT_SUFFIXES } from "./currency.js";
import { AMBIGUOUS_SCALES, parseNumber, SCALES, scaled } from "./scale.js";
import { MEASURE_UNITS, NOT_UNITS } from "./units.js";

const LONG_SCALES = [...SCALES.keys()].filter((scale) => !AMBIGUOUS_SCALES.has(scale));

/**
 * A figure: optional currency prefix, a number ("2,225", "1,00,000", "3.5"), then an optional scale
 * ("mln", "billion", "bn", or a glued "m"), percent sign or words, and currency word.
 * Groups: 1 prefix, 2 number, 3 spaced scale, 4 glued scale, 5 percent, 6 currency word.
 */
const FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}_.,/:$£€₹¥]|\\p{L}-)` +
    `(?:(${alternation(CURRENCY_PREFIXES.keys())})\\s?)?` +
    `(\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)` +
    `(?:\\s?(${alternation(LONG_SCALES)})(?![\\p{L}\\p{N}])|(${alternation(AMBIGUOUS_SCALES)})(?![\\p{L}\\p{N}]))?` +
    `(?:\\s?(%)|\\s?(?:(per\\s?cent|percent|percentage points?)(?!\\p{L})))?` +
    `(?:\\s(${alternation(CURRENCY_SUFFIXES.keys())})(?!\\p{L}))?`,
  "gu",
);
const FOLLOWING_WORD = /\s([a-z][a-z-]{1,30})(?![\p{L}\p{N}])/uy;
const GLUED = /[\p{L}\p{N}]/u;
const CLOCK = /^[:.]\d/;
const PREFIX_MUST_PRECEDE_SPACE = /^[A-Z]{3}$/;
const FIRST_YEAR = 1800;
const LAST_YEAR = 2100;

/** The unit word after a number ("2,225 articles", "15 km"), or undefined. */
function unitAfter(text: string, offset: number): { unit: string; end: number } | undefined {
  FOLLOWING_WORD.lastIndex = offset;
  const match = FOLLOWING_WORD.exec(text);
  const unit = match?.[1];
  if (match === null || unit === undefined || NOT_UNITS.has(unit)) return undefined;
  return { unit, end: offset + match[0].length };
}

/** Figures in one block's text, in order. Linear: one pass of one precompiled expression. */
export function scanFigures(text: string, blockIndex: number): Figure[] {
  const figures: Figure[] = [];
  FIGURE.lastIndex = 0;
  for (let match = FIGURE.exec(text); match !== null; match = FIGURE.exec(text)) {
    const [
      whole,
      prefix,
      digits,
      spacedScale,
      gluedScale,
      percentSign,
      percentWords,
      currencyWord,
    ] = match;
    if (digits === undefined) continue;
    const start = match.index;
    let end = start + whole.length;
    const next = text.slice(end, end + 2);
    if ((next.length > 0 && GLUED.test(next.charAt(0))) || CLOCK.test(next)) continue;
    if (
      prefix !== undefined &&
      PREFIX_MUST_PRECEDE_SPACE.test(prefix) &&
      text.charAt(start + prefix.length) !== " "
    )
      continue;

    const scaleWord = spacedScale ?? gluedScale;
    const number = parseNumber(digits);
    const value =
      scaleWord === undefined ? number : scaled(number, SCALES.get(scaleWord.toLowerCase()) ?? 1);

    if (percentSign !== undefined || percentWords !== undefined) {
      figures.push({ blockIndex, start, end, kind: "percent", value: number, text: whole });
      continue;
    }
    const currency =
      (prefix && CURRENCY_PREFIXES.get(prefix)) ||
      (currencyWord && CURRENCY_SUFFIXES.get(currencyWord));
    if (currency) {
      const amount =
        currencyWord !== undefined && SUBUNIT_SUFFIXES.has(currencyWord)
          ? scaled(value, 0.01)
          : value;
      figures.push({ blockIndex, start, end, kind: "money", value: amount, currency, text: whole });
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
      figures.push({ blockIndex, start, end, kind: "count", value, text: whole });
      continue;
    }
    if (
      scaleWord === undefined &&
      /^\d{4}$/.test(digits) &&
      number >= FIRST_YEAR &&
      number <= LAST_YEAR
    ) {
      figures.push({ blockIndex, start, end, kind: "year", value: number, text: whole });
    }
  }
  return figures;
}
