import type { Block, Warning } from "@news/schema";
import type { Draft } from "./draft.js";
import { sentenceEnds } from "./sentences.js";

const MAX_DERIVED_TITLE = 120;

/** Flags that wire services put before a headline: "NEW: …", "UPDATED: …". */
const FLAG = /^(?:NEW|UPDATED?|BREAKING|EXCLUSIVE|WATCH|VIDEO):\s+/;

function shorten(written: string): string {
  const text = written.replace(FLAG, "").replace(/\s+/g, " ").trim();
  const firstSentence = text.slice(0, sentenceEnds(text.slice(0, 400))[0] ?? text.length).trim();
  const sentence = firstSentence.replace(/[.!?…]+$/, "");
  if (sentence.length <= MAX_DERIVED_TITLE) return sentence;
  const space = sentence.lastIndexOf(" ", MAX_DERIVED_TITLE - 1);
  return `${sentence.slice(0, space > 40 ? space : MAX_DERIVED_TITLE - 1)}…`;
}

export interface ResolvedTitle {
  /** Undefined only when the document has neither a title nor any text to take one from. */
  title: string | undefined;
  warnings: Warning[];
}

/**
 * The title: stated in front matter, else the headline the layout marks, else (with a
 * "no-title" warning) the first highlight or the opening sentence of the lede.
 */
export function resolveTitle(draft: Draft, blocks: readonly Block[]): ResolvedTitle {
  const stated = draft.meta.title ?? draft.title?.text;
  if (stated !== undefined && stated.length > 0) return { title: stated, warnings: [] };
  const highlight = draft.highlights[0];
  const lede = blocks.find((block) => block.type === "paragraph" || block.type === "heading");
  const source = highlight ?? lede?.text;
  if (source === undefined) return { title: undefined, warnings: [] };
  const title = shorten(source) || source.slice(0, MAX_DERIVED_TITLE);
  const from = highlight !== undefined ? "the first highlight" : "the opening sentence";
  return {
    title,
    warnings: [{ code: "no-title", message: `no title line: the title was taken from ${from}` }],
  };
}
