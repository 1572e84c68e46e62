/** Currency symbols and prefixes written before an amount, with their ISO 4217 codes. */
export const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ["US$", "USD"],
  ["A$", "AUD"],
  ["AU$", "AUD"],
  ["C$", "CAD"],
  ["CA$", "CAD"],
  ["NZ$", "NZD"],
  ["HK$", "HKD"],
  ["S$", "SGD"],
  ["R$", "BRL"],
  ["$", "USD"],
  ["£", "GBP"],
  ["€", "EUR"],
  ["₹", "INR"],
  ["¥", "JPY"],
  ["₩", "KRW"],
  ["₽", "RUB"],
  ["₺", "TRY"],
  ["₦", "NGN"],
  ["₱", "PHP"],
  ["Rs.", "INR"],
  ["Rs", "INR"],
  ["USD", "USD"],
  ["GBP", "GBP"],
  ["EUR", "EUR"],
  ["INR", "INR"],
  ["JPY", "JPY"],
  ["CNY", "CNY"],
  ["CHF", "CHF"],
  ["AUD", "AUD"],
  ["CAD", "CAD"],
]);

/** Currency words written after an amount ("5.93 mln dlrs", "30 euros"). */
export const CURRENCY_SUFFIXES: ReadonlyMap<string, string> = new Map([
  ["dlrs", "USD"],
  ["dollars", "USD"],
  ["dollar", "USD"],
  ["pounds", "GBP"],
  ["pound", "GBP"],
  ["sterling", "GBP"],
  ["euros", "EUR"],
  ["euro", "EUR"],
  ["rupees", "INR"],
  ["rupee", "INR"],
  ["yen", "JPY"],
  ["yuan", "CNY"],
  ["renminbi", "CNY"],
  ["roubles", "RUB"],
  ["rubles", "RUB"],
  ["francs", "CHF"],
  ["pence", "GBP"],
  ["cents", "USD"],
]);

/** Amounts in hundredths of the currency unit. */
export const SUBUNIT_SUFFIXES: ReadonlySet<string> = new Set(["pence", "cents"]);

/** Regular-expression alternation of keys, longest first, special characters escaped. */
export function alternation(keys: Iterable<string>): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}
