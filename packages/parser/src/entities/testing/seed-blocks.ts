import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Block } from "@news/schema";

const SEED = fileURLToPath(
  new URL("../../../../../seeds/000_3e38a193c9175502.txt", import.meta.url),
);

/**
 * The seed article as the core stages hand it over: one block per line after the headline,
 * dateline removed from the first paragraph, the "ALSO READ" line a related block.
 */
export function seedBlocks(): { title: string; blocks: Block[] } {
  const lines = readFileSync(SEED, "utf8").split("\n");
  const title = lines[0] ?? "";
  const blocks: Block[] = [];
  lines.forEach((line, index) => {
    if (index < 2 || line.trim() === "") return;
    const lineNumber = index + 1;
    if (line.startsWith("ALSO READ")) {
      blocks.push({
        type: "related",
        label: "ALSO READ",
        text: line.replace(/^ALSO READ\s*:\s*/, ""),
        line: lineNumber,
      });
    } else {
      blocks.push({
        type: "paragraph",
        text: blocks.length === 0 ? line.replace(/^NEW DELHI: /, "") : line,
        line: lineNumber,
      });
    }
  });
  return { title, blocks };
}

/** Builds paragraph blocks from strings, numbering lines as if separated by blank lines. */
export function paragraphs(...texts: string[]): Block[] {
  return texts.map((text, index) => ({ type: "paragraph", text, line: 1 + index * 2 }));
}
