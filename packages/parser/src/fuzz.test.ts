import { validateArticle } from "@news/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  byteCases,
  checkCase,
  corpusByteCases,
  corpusTextCases,
  describeCase,
  type FuzzCase,
  loadCorpus,
  textCases,
} from "../fuzz/hostile.js";
import { ParseError, parseArticle, safeParseArticle } from "./index.js";

// Short, deterministic version of `pnpm fuzz`: a fixed seed (FUZZ_SEED overrides it) and run
// counts sized for about 20 s on a slow shared machine.
const seed = Number(process.env.FUZZ_SEED ?? 20251211);
const parser = { parseArticle, safeParseArticle, ParseError };
const corpus = loadCorpus(40);
if (!corpus.hasShared) {
  console.warn("fuzz.test: ../shared corpus not found; mutating the repository seeds only");
}

function holds(cases: fc.Arbitrary<FuzzCase>, numRuns: number): void {
  fc.assert(
    fc.property(cases, (fuzzCase) => {
      try {
        checkCase(parser, fuzzCase);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${describeCase(fuzzCase)}`);
      }
    }),
    { seed, numRuns, endOnFailure: false },
  );
}

describe("parser under hostile input (property-based)", () => {
  it("arbitrary strings: only ParseError, valid Articles, deterministic", () => {
    holds(textCases(), 1500);
  }, 60_000);

  it("arbitrary bytes", () => {
    holds(byteCases(), 1000);
  }, 60_000);

  it("mutated corpus files as text: truncation, splices, quotes, line ends, bidi, emoji", () => {
    holds(corpusTextCases(corpus.bytes), 600);
  }, 60_000);

  it("mutated corpus files as bytes: invalid UTF-8, NULs, UTF-16, Latin-1", () => {
    holds(corpusByteCases(corpus.bytes), 500);
  }, 60_000);
});

describe("parser under hostile input (fixed cases)", () => {
  const fixed: [string, string | Uint8Array][] = [
    ["empty string", ""],
    ["empty bytes", new Uint8Array()],
    ["only whitespace", " \n\t\r\n  \u00a0\u2028"],
    ["only NULs", "\0".repeat(100)],
    ["only a BOM", "\ufeff"],
    ["lone surrogates", "\ud800\udc00\udc00\ud800 title\n\n\ud83d body"],
    [
      "UTF-16LE with BOM",
      Uint8Array.from([0xff, 0xfe, 0x48, 0, 0x69, 0, 0x0a, 0, 0x0a, 0, 0x42, 0]),
    ],
    ["invalid UTF-8", Uint8Array.from([0x54, 0xc3, 0x28, 0xa0, 0xa1, 0xff, 0x0a, 0x0a, 0x41])],
    ["unterminated front matter", "---\ntitle: x\n\nBody text here."],
    ["front matter that is not YAML", "---\n: : [ {\n---\n# Title\n\nBody."],
    ["front matter only", "---\ntitle: Hello\n---\n"],
    ["prototype keys in front matter", "---\n__proto__: {a: 1}\nconstructor: x\n---\n# T\n\nB."],
    ["heading only", "# "],
    [
      "figures too large for a double",
      `Title\n\nIt cost $${"9".repeat(400)}, up ${"9".repeat(320)}%.`,
    ],
    ["unbalanced quotes", 'Title\n\n"He said " she said “ nobody ” « » said "x'],
    [
      "markup in text",
      'A <script>alert(1)</script>\n\n<a href="javascript:alert(1)">x</a> </script>',
    ],
  ];
  it.each(fixed)("%s", (_name, input) => {
    for (const format of ["auto", "text", "markdown"] as const) {
      expect(() => checkCase(parser, { input, options: { format } })).not.toThrow();
    }
  });

  // F9 (docs/reliability.md): marked recurses once per nested list marker, so one 5 KB line of
  // "* * * …" overflows its stack; the Markdown stage then reads the body as plain text.
  it("a line of 2,500 nested list markers in Markdown is read as plain text", () => {
    const input = `# Title\n\n${"* ".repeat(2500)}x\n`;
    checkCase(parser, { input, options: { format: "markdown" } });
    const result = safeParseArticle(input, { format: "markdown" });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.article.warnings.map((warning) => warning.code)).toContain("markdown-fallback");
    }
  });

  it("rejects input over maxBytes with a ParseError, not a crash", () => {
    const big = `Headline\n\n${"word ".repeat(1_100_000)}`;
    const result = safeParseArticle(big);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeInstanceOf(ParseError);
  });
});

describe("parser time on pathological lines", () => {
  // Linear work on a 100 KB line takes well under 200 ms, as the benchmark (tooling/bench) measures;
  // a quadratic loop (re-slicing a token array, a backtracking regular expression) takes seconds.
  // No wall-time assertion: the generous timeout only catches a catastrophic blow-up.
  const patterns = [
    "a",
    " ",
    '"',
    "“ ",
    "A. ",
    "Mr. ",
    "By By ",
    "1,",
    "$1.",
    "((",
    "\u0301",
    "👩‍👩‍👧‍👦",
    "NEW DELHI, ",
    "The ",
    "John Smith said ",
    "U.S. ",
  ];
  it.each(patterns)("a 100 KB line of %j parses", { timeout: 120_000 }, (pattern) => {
    const line = pattern.repeat(Math.ceil(100_000 / pattern.length));
    const input = `Headline ${line.slice(0, 200)}\n\n${line}`;
    const result = safeParseArticle(input);
    if (result.ok) expect(validateArticle(result.article).ok).toBe(true);
    else expect(result.error).toBeInstanceOf(ParseError);
  });
});
