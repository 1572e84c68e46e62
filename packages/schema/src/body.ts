import type { Article, BlockType } from "./article.js";

/** Blocks that belong to the story itself; related links and credits do not. */
const BODY_BLOCK_TYPES: ReadonlySet<BlockType> = new Set([
  "paragraph",
  "heading",
  "quote",
  "list-item",
]);

export function bodyBlocks(article: Pick<Article, "blocks">): Article["blocks"] {
  return article.blocks.filter((block) => BODY_BLOCK_TYPES.has(block.type));
}

/** The story as plain text: its body blocks separated by blank lines. */
export function articleBodyText(article: Pick<Article, "blocks">): string {
  return bodyBlocks(article)
    .map((block) => block.text)
    .join("\n\n");
}

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
