/** Multipliers written after a number: "5.93 mln", "$10.6 billion", "£1.5bn", "30m", "Rs 500 crore". */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ["thousand", 1e3],
  ["k", 1e3],
  ["million", 1e6],
  ["millions", 1e6],
  ["mln", 1e6],
  ["mn", 1e6],
  ["m", 1e6],
  ["billion", 1e9],
  ["billions", 1e9],
  ["bln", 1e9],
  ["bn", 1e9],
  ["b", 1e9],
  ["trillion", 1e12],
  ["trn", 1e12],
  ["tn", 1e12],
  ["lakh", 1e5],
  ["lakhs", 1e5],
  ["lac", 1e5],
  ["crore", 1e7],
  ["crores", 1e7],
  ["cr", 1e7],
]);

/** Scales short enough to be a unit too ("100m" sprint): they count as scales only for money or before a noun. */
export const AMBIGUOUS_SCALES: ReadonlySet<string> = new Set(["m", "b", "k"]);

/** The value of a number as written: "2,225" → 2225, "1,00,000" → 100000, "3.5" → 3.5. */
export function parseNumber(digits: string): number {
  return digits.length <= MAX_EXACT_DIGITS ? wholeNumber(digits) : fromWritten(digits);
}

/** Whole numbers this long are exact in a double. */
const MAX_EXACT_DIGITS = 15;

/** Digits alone, read by hand (cheaper than converting the string); anything else as written. */
function wholeNumber(digits: string): number {
  let value = 0;
  for (let index = 0; index < digits.length; index++) {
    const digit = digits.charCodeAt(index) - 0x30;
    if (digit < 0 || digit > 9) return fromWritten(digits);
    value = value * 10 + digit;
  }
  return value;
}

function fromWritten(digits: string): number {
  return Number(digits.includes(",") ? digits.replaceAll(",", "") : digits);
}

/** Integers below this have at most 15 digits: rounding to 15 significant digits keeps them as they are. */
const EXACT_INTEGERS = 1e15;

/** Rounds away binary noise from scaling ("5.93" × 1e6 = 5930000.000000001). */
export function scaled(value: number, scale: number): number {
  const product = value * scale;
  if (Number.isInteger(product) && Math.abs(product) < EXACT_INTEGERS) return product;
  return Number(product.toPrecision(15));
}
