import type { Article, Entity } from "./article.js";

const WORD_CHAR = /[\p{L}\p{N}]/u;

function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + word.length] ?? " ";
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}

/**
 * How an article relates to an entity: `about` when the headline names it (by name or
 * alias), else `mentions`. Headlines name what a story is about; the body names much more.
 */
export function entityRelation(
  article: Pick<Article, "title" | "subtitle">,
  entity: Pick<Entity, "name" | "aliases">,
): "about" | "mentions" {
  const headline = [article.title, article.subtitle ?? ""].join("\n");
  const named = [entity.name, ...entity.aliases].some((form) => containsWord(headline, form));
  return named ? "about" : "mentions";
}
