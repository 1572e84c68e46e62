import type { Article, Block } from "@news/schema";
import type { Colors } from "../io/terminal.js";
import { indentWrapped as layout } from "../io/wrap.js";
import { entityGroups, metaLine, quoteAttribution, quotesToShow } from "./article-parts.js";

export interface TextOptions {
  colors: Colors;
  /** Wrap lines at word boundaries to this many columns (a terminal); unset keeps one line per paragraph. */
  width?: number;
}

function blockToText(block: Block, { colors, width }: TextOptions): string {
  switch (block.type) {
    case "heading":
      return layout(colors.bold(block.text), width);
    case "quote":
      return layout(block.text, width, "    ");
    case "list-item":
      return layout(block.text, width, "  • ", "    ");
    case "credit":
      return layout(colors.dim(block.text), width);
    case "related": {
      const label = block.label ? `${block.label}: ` : "";
      return layout(
        colors.dim(`${label}${block.text}${block.url ? ` <${block.url}>` : ""}`),
        width,
      );
    }
    default:
      return layout(block.text, width);
  }
}

/** Plain text for reading in a terminal or a pager; `colors` adds emphasis only on a terminal. */
export function articleToText(article: Article, options: TextOptions): string {
  const { colors, width } = options;
  const lines: string[] = [layout(colors.bold(article.title), width)];
  lines.push("=".repeat(Math.min(article.title.length, width ?? 80)));
  if (article.subtitle) lines.push(layout(colors.italic(article.subtitle), width));
  lines.push(layout(colors.dim(metaLine(article).join(" · ")), width), "");
  for (const block of article.blocks) lines.push(blockToText(block, options), "");
  const quotes = quotesToShow(article);
  if (quotes.length > 0) {
    lines.push(colors.bold(`Quotes (${quotes.length})`));
    for (const quote of quotes) {
      lines.push(
        layout(`“${quote.text}”`, width, "  "),
        layout(`— ${colors.cyan(quoteAttribution(quote))}`, width, "      "),
      );
    }
    lines.push("");
  }
  const groups = entityGroups(article);
  if (groups.length > 0) {
    lines.push(colors.bold("Entities"));
    for (const group of groups) {
      const names = group.entities.map((entity) => entity.name).join(", ");
      lines.push(layout(`${group.label}: ${names}`, width, "  ", "    "));
    }
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
