import { describe, expect, it } from "vitest";
import { MATCH_CLOSE, MATCH_OPEN, snippetWindow, splitSnippet, stripMarkers } from "./snippet.js";

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
    expect(snippetWindow(` a ${mark("tariff")} b `, 24)).toBe(`a ${mark("tariff")} b`);
  });

  it("shows the words around the densest run of matches, with ellipses where it cuts", () => {
    const text = `${mark("lone")} ${words(1, 40)} ${mark("trade")} w40 ${mark("deal")} ${words(41, 80)}`;
    expect(snippetWindow(text, 8)).toBe(
      `…w38 w39 ${mark("trade")} w40 ${mark("deal")} w41 w42 w43…`,
    );
  });

  it("starts at the beginning when nothing in the text matched", () => {
    expect(snippetWindow(words(0, 30), 5)).toBe("w0 w1 w2 w3 w4…");
  });

  it("re-opens a phrase match the window starts inside", () => {
    const phrase = `${MATCH_OPEN}p1 p2 p3 p4 p5 p6${MATCH_CLOSE}`;
    const text = `${words(0, 10)} ${phrase} w10 ${mark("x")} ${mark("y")} ${words(11, 20)}`;
    expect(splitSnippet(snippetWindow(text, 6))).toEqual([
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
