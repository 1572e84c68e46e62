import type { Block } from "@news/schema";
import { cutAtSentence } from "./sentences.js";

export const MAX_SUMMARY_LENGTH = 300;
/** A note to the reader above the story is not its lede. */
const EDITORS_NOTE = /^editor['’]s note\b/i;

function asSentence(text: string): string {
  return /[.!?…]["'”’)]*$/.test(text) ? text : `${text}.`;
}

/**
 * The summary: what the document states (front matter, CNN highlights) wins; otherwise the
 * lede, cut at a sentence end within about 300 characters.
 */
export function buildSummary(
  blocks: readonly Block[],
  stated: { summary?: string; highlights: readonly string[] },
): string {
  if (stated.summary !== undefined && stated.summary.trim().length > 0)
    return stated.summary.trim();
  if (stated.highlights.length > 0) return stated.highlights.map(asSentence).join(" ");
  const lede = blocks.find((block) => block.type === "paragraph" && !EDITORS_NOTE.test(block.text));
  return lede === undefined ? "" : cutAtSentence(lede.text, MAX_SUMMARY_LENGTH);
}
