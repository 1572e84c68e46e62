import { type Article, toJsonLd, toNinjs } from "@news/schema";
import { articleUrl } from "../export/site.js";
import type { Colors } from "../io/terminal.js";
import { articleToMarkdown } from "./markdown.js";
import { articleToText } from "./text.js";

export const ARTICLE_FORMATS = ["json", "ndjson", "ninjs", "jsonld", "markdown", "text"] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** One document (`single`), or a stream of many articles (`many`). */
export type Layout = "single" | "many";

/** Text to write before the first article, for each article, and after the last one. */
export interface ArticleStream {
  start: string;
  article(article: Article, index: number): string;
  end: string;
}

export interface StreamOptions {
  colors: Colors;
  /** Columns to wrap text to (a terminal); unset keeps one line per paragraph. */
  width?: number;
  /** The site the article pages live on, for JSON-LD and ninjs links. */
  siteUrl: string;
}

function jsonFor(format: ArticleFormat, article: Article, siteUrl: string): unknown {
  if (format === "ninjs") return toNinjs(article, { uri: articleUrl(siteUrl, article.slug) });
  if (format === "jsonld") return toJsonLd(article, { siteUrl });
  return article;
}

/**
 * How `parse` and `show` lay out articles. One article prints one pretty JSON document; many
 * print one compact JSON value per line (NDJSON), except `json`, which prints a JSON array
 * with one article per line. Markdown and text separate articles with a rule.
 */
export function articleStream(
  format: ArticleFormat,
  layout: Layout,
  { colors, siteUrl, width }: StreamOptions,
): ArticleStream {
  switch (format) {
    case "markdown":
      return {
        start: "",
        article: (article, index) => `${index > 0 ? "\n---\n\n" : ""}${articleToMarkdown(article)}`,
        end: "",
      };
    case "text":
      return {
        start: "",
        article: (article, index) =>
          `${index > 0 ? `\n${"─".repeat(72)}\n\n` : ""}${articleToText(article, { colors, width })}`,
        end: "",
      };
    case "json":
      if (layout === "many") {
        return {
          start: "[\n",
          article: (article, index) => `${index > 0 ? ",\n" : ""}${JSON.stringify(article)}`,
          end: "\n]\n",
        };
      }
      break;
    default:
      break;
  }
  if (layout === "single" && format !== "ndjson") {
    return {
      start: "",
      article: (article) => `${JSON.stringify(jsonFor(format, article, siteUrl), null, 2)}\n`,
      end: "",
    };
  }
  return {
    start: "",
    article: (article) => `${JSON.stringify(jsonFor(format, article, siteUrl))}\n`,
    end: "",
  };
}
