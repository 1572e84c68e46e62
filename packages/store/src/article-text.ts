import type { Article } from "@news/schema";
import { stripMarkers } from "./snippet.js";

/** The searchable body: subtitle and blocks, one per line, without the snippet marker characters. */
export function searchableBody(article: Article): string {
  const lines = article.subtitle ? [article.subtitle] : [];
  for (const block of article.blocks) lines.push(block.text);
  return stripMarkers(lines.join("\n"));
}

export function searchableTitle(article: Article): string {
  return stripMarkers(article.title);
}
