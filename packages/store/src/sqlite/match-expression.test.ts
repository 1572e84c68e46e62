import { describe, expect, it } from "vitest";
import { anyOf, MAX_TERMS, parseQuery } from "./match-expression.js";

describe("parseQuery", () => {
  it("quotes every word", () => {
    expect(parseQuery("tariff india").expression).toBe('"tariff" "india"');
  });

  it("keeps phrases and trailing-star prefixes", () => {
    expect(parseQuery('"trade deal" tarif*').expression).toBe('"trade deal" "tarif"*');
  });

  it("drops FTS5 operators, column filters and punctuation", () => {
    expect(parseQuery("tariff OR").expression).toBe('"tariff"');
    expect(parseQuery("NEAR(modi trump)").expression).toBe('"modi" "trump"');
    expect(parseQuery("-tariff title:india ^x").expression).toBe('"tariff" "title india" "x"');
    expect(parseQuery("a AND NOT b").expression).toBe('"a" "b"');
  });

  it("turns words joined by punctuation into a phrase, as the tokenizer splits them", () => {
    expect(parseQuery("U.S.-India").expression).toBe('"u s india"');
  });

  it("folds case and diacritics", () => {
    expect(parseQuery("Café ZÜRICH").terms.map((t) => t.words)).toEqual([["cafe"], ["zurich"]]);
  });

  it("returns nothing for queries without words", () => {
    for (const query of ['"', "*", "-", "NEAR(", "🙂🙂", "", "   ", '""', "OR AND NOT"]) {
      expect(parseQuery(query).expression, query).toBe("");
    }
  });

  it("treats an unbalanced quote as plain words", () => {
    expect(parseQuery('tariff "india').expression).toBe('"tariff" "india"');
  });

  it("caps long input", () => {
    const parsed = parseQuery("word ".repeat(5000));
    expect(parsed.terms).toHaveLength(MAX_TERMS);
  });

  it("never lets a double quote through", () => {
    const parsed = parseQuery('a"b"c" "d ＂e＂ ״f״');
    for (const term of parsed.terms) for (const word of term.words) expect(word).not.toContain('"');
  });

  it("joins terms with OR for related-article lookups", () => {
    expect(anyOf(parseQuery("trade india").terms)).toBe('"trade" OR "india"');
  });
});
