import type { Article, Block } from "@news/schema";
import type { Colors } from "../io/terminal.js";
import { entityGroups, metaLine, quoteAttribution, quotesToShow } from "./article-parts.js";

function blockToText(block: Block, colors: Colors): string {
  switch (block.type) {
    case "heading":
      return colors.bold(block.text);
    case "quote":
      return `    ${block.text}`;
    case "list-item":
      return `  • ${block.text}`;
    case "credit":
      return colors.dim(block.text);
    case "related": {
      const label = block.label ? `${block.label}: ` : "";
      return colors.dim(`${label}${block.text}${block.url ? ` <${block.url}>` : ""}`);
    }
    default:
      return block.text;
  }
}

/** Plain text for reading in a terminal or a pager; `colors` adds emphasis only on a terminal. */
export function articleToText(article: Article, colors: Colors): string {
  const lines: string[] = [colors.bold(article.title)];
  lines.push("=".repeat(Math.min(article.title.length, 80)));
  if (article.subtitle) lines.push(colors.italic(article.subtitle));
  lines.push(colors.dim(metaLine(article).join(" · ")), "");
  for (const block of article.blocks) lines.push(blockToText(block, colors), "");
  const quotes = quotesToShow(article);
  if (quotes.length > 0) {
    lines.push(colors.bold(`Quotes (${quotes.length})`));
    for (const quote of quotes) {
      lines.push(`  “${quote.text}”`, `      — ${colors.cyan(quoteAttribution(quote))}`);
    }
    lines.push("");
  }
  const groups = entityGroups(article);
  if (groups.length > 0) {
    lines.push(colors.bold("Entities"));
    for (const group of groups) {
      lines.push(`  ${group.label}: ${group.entities.map((entity) => entity.name).join(", ")}`);
    }
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
