import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MATCH_CLOSE,
  MATCH_OPEN,
  markSpans,
  type Span,
  snippetWindow,
  splitSnippet,
  stripMarkers,
} from "./snippet.js";

/** The text and spans a marked-up string stands for. */
function unmark(marked: string): { text: string; spans: Span[] } {
  let text = "";
  const spans: Span[] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === MATCH_OPEN) open = text.length;
    else if (ch === MATCH_CLOSE) {
      spans.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, spans };
}

const windowOf = (marked: string, size: number) => {
  const { text, spans } = unmark(marked);
  return snippetWindow(text, spans, size);
};

/**
 * The window as first written: every word of the marked-up text read, the densest `size` words kept.
 * The store reads only the words near matches; this says what that must come to.
 */
function windowReadingEveryWord(marked: string, size: number): string {
  const starts: number[] = [];
  const ends: number[] = [];
  const matchesBefore = [0];
  let inWord = false;
  let marker = false;
  for (let i = 0; i <= marked.length; i++) {
    const code = i < marked.length ? marked.charCodeAt(i) : 32;
    const space = code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
    if (space && inWord) {
      ends.push(i);
      matchesBefore.push((matchesBefore.at(-1) ?? 0) + (marker ? 1 : 0));
      inWord = false;
    } else if (!space) {
      if (!inWord) {
        starts.push(i);
        inWord = true;
        marker = false;
      }
      if (code === 0xe000 || code === 0xe001) marker = true;
    }
  }
  const count = starts.length;
  if (count <= size) return marked.trim();
  const lead = Math.min(3, Math.floor(size / 4));
  const matchesIn = (from: number) =>
    (matchesBefore[Math.min(count, from + size)] ?? 0) - (matchesBefore[from] ?? 0);
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < count; i++) {
    if ((matchesBefore[i + 1] ?? 0) === (matchesBefore[i] ?? 0)) continue;
    const from = Math.max(0, Math.min(i - lead, count - size));
    const found = matchesIn(from);
    if (found > bestCount) {
      best = from;
      bestCount = found;
    }
  }
  const first = starts[best] ?? 0;
  const last = ends[Math.min(count, best + size) - 1] ?? marked.length;
  const inside =
    marked.lastIndexOf(MATCH_OPEN, first - 1) > marked.lastIndexOf(MATCH_CLOSE, first - 1);
  const head = best > 0 ? "…" : "";
  const tail = best + size < count ? "…" : "";
  return `${head}${inside ? MATCH_OPEN : ""}${marked.slice(first, last)}${tail}`;
}

describe("splitSnippet", () => {
  it("splits marked text into plain and matching parts", () => {
    expect(splitSnippet(`…a 25% ${MATCH_OPEN}tariff${MATCH_CLOSE} plus…`)).toEqual([
      { text: "…a 25% ", match: false },
      { text: "tariff", match: true },
      { text: " plus…", match: false },
    ]);
  });

  it("merges adjacent matches and drops empty parts", () => {
    const marked = `${MATCH_OPEN}trade${MATCH_CLOSE}${MATCH_OPEN}deal${MATCH_CLOSE}`;
    expect(splitSnippet(marked)).toEqual([{ text: "tradedeal", match: true }]);
    expect(splitSnippet("")).toEqual([]);
  });

  it("keeps markup as text", () => {
    expect(splitSnippet("<b>x</b>")).toEqual([{ text: "<b>x</b>", match: false }]);
  });

  it("strips marker characters from indexed text", () => {
    expect(stripMarkers(`a${MATCH_OPEN}b${MATCH_CLOSE}c`)).toBe("abc");
  });
});

describe("snippetWindow", () => {
  const mark = (word: string) => `${MATCH_OPEN}${word}${MATCH_CLOSE}`;
  const words = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(" ");

  it("keeps a short text whole", () => {
    expect(windowOf(` a ${mark("tariff")} b `, 24)).toBe(`a ${mark("tariff")} b`);
  });

  it("shows the words around the densest run of matches, with ellipses where it cuts", () => {
    const text = `${mark("lone")} ${words(1, 40)} ${mark("trade")} w40 ${mark("deal")} ${words(41, 80)}`;
    expect(windowOf(text, 8)).toBe(`…w38 w39 ${mark("trade")} w40 ${mark("deal")} w41 w42 w43…`);
  });

  it("starts at the beginning when nothing in the text matched", () => {
    expect(windowOf(words(0, 30), 5)).toBe("w0 w1 w2 w3 w4…");
  });

  it("re-opens a phrase match the window starts inside", () => {
    const phrase = `${MATCH_OPEN}p1 p2 p3 p4 p5 p6${MATCH_CLOSE}`;
    const text = `${words(0, 10)} ${phrase} w10 ${mark("x")} ${mark("y")} ${words(11, 20)}`;
    expect(splitSnippet(windowOf(text, 6))).toEqual([
      { text: "…", match: false },
      { text: "p5 p6", match: true },
      { text: " w10 ", match: false },
      { text: "x", match: true },
      { text: " ", match: false },
      { text: "y", match: true },
      { text: " w11…", match: false },
    ]);
  });
});

describe("markSpans", () => {
  it("marks the parts of spans inside the range, opening one cut at the start and leaving one cut at the end open", () => {
    const text = "one two three four five";
    const spans = [
      { start: 0, end: 7 },
      { start: 14, end: 23 },
    ];
    expect(markSpans(text, spans, 0, text.length)).toBe(
      `${MATCH_OPEN}one two${MATCH_CLOSE} three ${MATCH_OPEN}four five${MATCH_CLOSE}`,
    );
    expect(markSpans(text, spans, 4, 18)).toBe(
      `${MATCH_OPEN}two${MATCH_CLOSE} three ${MATCH_OPEN}four`,
    );
    expect(markSpans(text, [], 4, 7)).toBe("two");
  });
});

describe("snippetWindow reads only the words near matches", () => {
  const word = fc.constantFrom("a", "bb", "ccc", "tariff", "(x)", "é", "d-e", "12");
  const separator = fc.constantFrom(" ", "  ", "\n", " \u00a0", "\t", ", ");
  const marked = fc
    .array(fc.tuple(word, separator, fc.integer({ min: 0, max: 9 })), { maxLength: 120 })
    .map((parts) => {
      // Some words are matches, and a few matches run on over the following words like a phrase.
      let out = "";
      let open = 0;
      for (const [text, space, roll] of parts) {
        if (open === 0 && roll >= 8) {
          out += MATCH_OPEN;
          open = roll === 9 ? 3 : 1;
        }
        out += text;
        if (open > 0 && --open === 0) out += MATCH_CLOSE;
        out += space;
      }
      return open > 0 ? `${out.trimEnd()}${MATCH_CLOSE}` : out;
    });

  it("cuts the same snippet as reading every word", () => {
    fc.assert(
      fc.property(marked, fc.integer({ min: 1, max: 30 }), (source, size) => {
        // Compared as parts: the first version opened a match at the very start twice, which reads the same.
        expect(splitSnippet(windowOf(source, size))).toEqual(
          splitSnippet(windowReadingEveryWord(source, size)),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
