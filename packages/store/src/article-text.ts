import type { Article } from "@news/schema";
import { stripMarkers } from "./snippet.js";

/** The article's running text: subtitle (when there is one) and blocks, one per line. */
export function articleText(article: Pick<Article, "subtitle" | "blocks">): string {
  const lines = article.subtitle ? [article.subtitle] : [];
  for (const block of article.blocks) lines.push(block.text);
  return lines.join("\n");
}

/** What the full-text index sees: the text without the snippet marker characters. */
export function searchableText(text: string): string {
  return stripMarkers(text);
}

export function searchableTitle(article: Pick<Article, "title">): string {
  return stripMarkers(article.title);
}
