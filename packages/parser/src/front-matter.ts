import type { Warning } from "@news/schema";
import { parseDocument } from "yaml";
import { parseByline } from "./byline.js";
import { toIsoDate } from "./dates.js";
import type { DocumentMeta } from "./draft.js";
import { ParseError } from "./errors.js";

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

export interface FrontMatter {
  meta: DocumentMeta;
  /** The text after the front matter. */
  body: string;
  /** 1-based line of the source where `body` starts. */
  bodyLine: number;
  warnings: Warning[];
  /** Whether the text opened with front matter at all. */
  present: boolean;
}

/** Whether `text` opens with a YAML front-matter fence. */
export function hasFrontMatter(text: string): boolean {
  const end = text.indexOf("\n");
  return end > 0 && FENCE.test(text.slice(0, end));
}

type Fields = Record<string, unknown>;

function firstOf(fields: Fields, keys: readonly string[]): unknown {
  for (const key of keys) {
    const value = fields[key];
    if (value !== undefined && value !== null && value !== "") return value;
  }
  return undefined;
}

function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim().length > 0 ? value.trim() : undefined;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

function asName(value: unknown): string | undefined {
  if (value !== null && typeof value === "object" && "name" in value) return asText(value.name);
  return asText(value);
}

function asList(
  value: unknown,
  item: (entry: unknown) => string | undefined,
): string[] | undefined {
  const entries = Array.isArray(value)
    ? value
    : typeof value === "string"
      ? value.split(/\s*[,;]\s*/)
      : [value];
  const list = entries.map(item).filter((entry): entry is string => entry !== undefined);
  return list.length > 0 ? list : undefined;
}

/** Authors as a list, a list of `{ name }`, or one string such as "Jane Doe and John Roe". */
function asAuthors(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return asList(value, asName);
  const written = asName(value);
  if (written === undefined) return undefined;
  const { authors } = parseByline(/^by\s/i.test(written) ? written : `By ${written}`);
  return authors.length > 0 ? authors : [written];
}

function asLanguage(value: unknown): string | undefined {
  return asText(value)?.replace(/_/g, "-");
}

function readMeta(fields: Fields, warnings: Warning[]): DocumentMeta {
  const meta: DocumentMeta = {};
  const set = <K extends keyof DocumentMeta>(key: K, value: DocumentMeta[K] | undefined) => {
    if (value !== undefined) meta[key] = value;
  };
  set("title", asText(firstOf(fields, ["title", "headline"])));
  set("subtitle", asText(firstOf(fields, ["subtitle", "subheadline", "dek", "standfirst"])));
  set("section", asText(firstOf(fields, ["section", "category"])));
  set("summary", asText(firstOf(fields, ["summary", "description", "excerpt", "abstract"])));
  set("url", asText(firstOf(fields, ["url", "link", "canonical", "canonical_url"])));
  set("language", asLanguage(firstOf(fields, ["language", "lang", "locale"])));
  set("authors", asAuthors(firstOf(fields, ["authors", "author", "byline"])));
  set("tags", asList(firstOf(fields, ["tags", "keywords", "topics"]), asText));
  for (const [key, names] of [
    [
      "publishedAt",
      ["date", "published", "publishedAt", "published_at", "pubDate", "datePublished"],
    ],
    ["updatedAt", ["updated", "updatedAt", "updated_at", "modified", "lastmod", "dateModified"]],
  ] as const) {
    const written = firstOf(fields, names);
    if (written === undefined) continue;
    const iso = toIsoDate(written);
    if (iso === undefined) {
      warnings.push({
        code: "invalid-date",
        message: `front matter date ${JSON.stringify(String(written))} is not a complete date; it was ignored`,
      });
    } else meta[key] = iso;
  }
  return meta;
}

/**
 * Splits YAML front matter (between `---` fences at the very start) from the body and reads
 * the fields an article can state about itself. Invalid YAML is a ParseError with its line.
 */
export function readFrontMatter(text: string): FrontMatter {
  const absent = { meta: {}, body: text, bodyLine: 1, warnings: [], present: false };
  if (!hasFrontMatter(text)) return absent;
  const lines = text.split("\n");
  const close = lines.findIndex((line, index) => index > 0 && CLOSING_FENCE.test(line));
  if (close === -1) return absent;
  const yaml = lines.slice(1, close).join("\n");
  const document = parseDocument(yaml, { uniqueKeys: false });
  const error = document.errors[0];
  if (error !== undefined) {
    const line = (error.linePos?.[0].line ?? 0) + 1;
    const reason = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    throw new ParseError("front-matter", `invalid YAML front matter at line ${line}: ${reason}`, {
      line,
    });
  }
  const value: unknown = document.toJS();
  const warnings: Warning[] = [];
  const fields: Fields =
    value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Fields) : {};
  if (value !== null && value !== undefined && fields !== value) {
    warnings.push({
      code: "front-matter",
      message: "front matter is not a mapping of fields; it was ignored",
      line: 1,
    });
  }
  return {
    meta: readMeta(fields, warnings),
    body: lines.slice(close + 1).join("\n"),
    bodyLine: close + 2,
    warnings,
    present: true,
  };
}
