import type { Article, Block } from "@news/schema";
import { entityGroups, metaLine, quoteAttribution, quotesToShow } from "./article-parts.js";

function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, "\\$1");
}

function blockToMarkdown(block: Block): string {
  const text = escapeInline(block.text);
  switch (block.type) {
    case "heading":
      return `${"#".repeat(Math.min((block.level ?? 2) + 1, 6))} ${text}`;
    case "quote":
      return `> ${text}`;
    case "list-item":
      return `- ${text}`;
    case "credit":
      return `*${text}*`;
    case "related": {
      const label = block.label ? `**${escapeInline(block.label)}:** ` : "";
      return block.url ? `> ${label}[${text}](${block.url})` : `> ${label}${text}`;
    }
    default:
      return text;
  }
}

/** A readable Markdown rendering: title, dateline and byline, body, quotations with speakers, entities. */
export function articleToMarkdown(article: Article): string {
  const lines: string[] = [`# ${escapeInline(article.title)}`, ""];
  if (article.subtitle) lines.push(`*${escapeInline(article.subtitle)}*`, "");
  lines.push(`**${metaLine(article).map(escapeInline).join(" · ")}**`, "");
  for (const block of article.blocks) lines.push(blockToMarkdown(block), "");
  const quotes = quotesToShow(article);
  if (quotes.length > 0) {
    lines.push("## Quotes", "");
    for (const quote of quotes) {
      lines.push(
        `> “${escapeInline(quote.text)}”`,
        `> — ${escapeInline(quoteAttribution(quote))}`,
        "",
      );
    }
  }
  const groups = entityGroups(article);
  if (groups.length > 0) {
    lines.push("## Entities", "");
    for (const group of groups) {
      const names = group.entities.map((entity) => escapeInline(entity.name)).join(", ");
      lines.push(`- **${group.label}:** ${names}`);
    }
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
