import { describe, expect, it } from "vitest";
import { countQuoteWords, kindDependsOnAttribution, quoteKind } from "./quote-kind.js";

describe("quoteKind", () => {
  it("treats full sentences and long quotations as statements", () => {
    expect(quoteKind("We will win.")).toBe("statement");
    expect(quoteKind("Had very warm and engaging conversation with President Trump.")).toBe(
      "statement",
    );
    expect(quoteKind("a deal that would be very good for both of our countries")).toBe("statement");
    expect(quoteKind("Why now?")).toBe("statement");
  });

  it("treats scare quotes and names as terms", () => {
    expect(quoteKind("warm and engaging,")).toBe("term");
    expect(quoteKind("Operation Sindoor")).toBe("term");
    expect(quoteKind("disaster")).toBe("term");
  });

  it("treats short phrases without a sentence shape as fragments", () => {
    expect(quoteKind("a very constructive and frank exchange")).toBe("fragment");
    expect(quoteKind("not in the national interest,")).toBe("fragment");
  });

  it("treats a short sentence cut short by its attribution as a statement", () => {
    expect(quoteKind("The labor market remains strong")).toBe("fragment");
    expect(quoteKind("The labor market remains strong", true)).toBe("statement");
    expect(quoteKind("It's incredible", true)).toBe("statement");
    expect(quoteKind("not in the national interest", true)).toBe("fragment");
  });

  it("reads the attribution only for quotations whose kind it can change", () => {
    for (const text of ["Sindoor", "we will not stand by and watch this happen again"]) {
      const words = text.split(" ").length;
      expect(kindDependsOnAttribution(words)).toBe(false);
      expect(quoteKind(text, true)).toBe(quoteKind(text, false));
    }
    expect(kindDependsOnAttribution(2)).toBe(true);
    expect(kindDependsOnAttribution(7)).toBe(true);
  });

  it("counts words parted by plain spaces, up to a statement's eight", () => {
    const text = " a\u00a0b\tc\nd\r\re  f\u2003g ";
    expect(countQuoteWords(text, 0, text.length)).toBe(6);
    expect(countQuoteWords(text, 2, 7)).toBe(2);
    expect(countQuoteWords("one two three four five six seven eight nine ten", 0, 48)).toBe(8);
  });
});
