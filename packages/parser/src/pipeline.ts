import type { Article, Warning } from "@news/schema";
import { classifyBlocks } from "./classify.js";
import { takeDateline } from "./dateline.js";
import { decodeInput } from "./decode.js";
import type { Draft } from "./draft.js";
import { extractEntities } from "./entities/index.js";
import { ParseError } from "./errors.js";
import { extractFigures } from "./figures/index.js";
import { hasFrontMatter } from "./front-matter.js";
import { contentId } from "./identity.js";
import { buildKeywords } from "./keywords.js";
import { resolveLanguage } from "./language.js";
import { normaliseText } from "./normalise.js";
import { DEFAULT_MAX_BYTES, type ParseOptions } from "./options.js";
import { extractQuotes } from "./quotes/index.js";
import { readMarkdown } from "./read-markdown.js";
import { readText } from "./read-text.js";
import { buildSlug } from "./slug.js";
import { readingMinutes } from "./stats.js";
import { readStoryWords } from "./story-words.js";
import { buildSummary } from "./summary.js";
import { resolveTitle } from "./title.js";
import { limitWarnings } from "./warnings.js";

const MARKDOWN_PATH = /\.(?:md|markdown|mdown|mkd)$/i;
const LEADING_ATX_HEADING = /^\s*#{1,6}[ \t]+\S/;

function isMarkdown(text: string, options: ParseOptions): boolean {
  if (options.format === "markdown") return true;
  if (options.format === "text") return false;
  if (options.path !== undefined && MARKDOWN_PATH.test(options.path)) return true;
  return hasFrontMatter(text) || LEADING_ATX_HEADING.test(text.slice(0, 200));
}

/**
 * Runs one extraction stage. If it fails on this input, the article is still returned, without
 * what that stage finds and with a warning saying so: one stage's bug must not lose the article.
 */
function runExtraction<T>(stage: string, warnings: Warning[], empty: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warnings.push({
      code: "extraction-failed",
      message: `the ${stage} stage failed and was skipped: ${reason || "unknown error"}`,
    });
    return empty;
  }
}

/** Runs every stage after the front stage: the Draft is the same for text, Markdown (and later HTML). */
function buildArticle(
  draft: Draft,
  id: string,
  source: Article["source"],
  options: ParseOptions,
): Article {
  const warnings: Warning[] = [...draft.warnings];
  const classified = classifyBlocks(draft.blocks, draft.format === "text");
  const blocks = classified.blocks;
  const dateline = takeDateline(blocks, warnings);
  const { title, warnings: titleWarnings } = resolveTitle(draft, blocks);
  if (title === undefined) {
    throw new ParseError("not-an-article", "the input has neither a title nor any body text");
  }
  warnings.push(...titleWarnings);
  if (blocks.length === 0)
    warnings.push({ code: "no-body", message: "the article has a title but no body text" });

  const meta = draft.meta;
  const language = resolveLanguage(meta.language, title, blocks);
  if (!language.detected) {
    warnings.push({
      code: "language-undetermined",
      message: 'the language could not be determined; "en" was assumed',
    });
  }
  const entities = runExtraction("entities", warnings, [], () =>
    extractEntities(blocks, { title, language: language.language }),
  );
  const quoted = runExtraction("quotes", warnings, { quotes: [], warnings: [] }, () =>
    extractQuotes(blocks, entities),
  );
  for (const warning of quoted.warnings) warnings.push(warning);
  const figures = runExtraction("figures", warnings, [], () => extractFigures(blocks));

  const parsedByline = classified.byline;
  const byline =
    meta.authors !== undefined
      ? { raw: parsedByline?.raw ?? `By ${meta.authors.join(", ")}`, authors: meta.authors }
      : parsedByline;
  const subtitle = meta.subtitle ?? draft.subtitle;
  const publishedAt = meta.publishedAt ?? classified.dates.publishedAt;
  const updatedAt = meta.updatedAt ?? classified.dates.updatedAt;
  const section = meta.section ?? options.section;
  const words = readStoryWords(title, blocks);

  // Optional fields are set one by one, in the schema's order: a spread of each costs a runtime copy.
  const article = {
    schemaVersion: 1,
    id,
    slug: buildSlug(title, `article-${id}`),
    title,
  } as Article;
  if (subtitle !== undefined) article.subtitle = subtitle;
  if (dateline !== undefined) article.dateline = dateline;
  if (byline !== undefined) article.byline = byline;
  if (publishedAt !== undefined) article.publishedAt = publishedAt;
  if (updatedAt !== undefined) article.updatedAt = updatedAt;
  article.language = language.language;
  if (section !== undefined && section.length > 0) article.section = section;
  article.summary = buildSummary(
    blocks,
    meta.summary === undefined
      ? { highlights: draft.highlights }
      : { summary: meta.summary, highlights: draft.highlights },
  );
  article.keywords = buildKeywords({
    tags: meta.tags ?? [],
    entities,
    words,
    language: language.language,
  });
  words.terms.release();
  article.blocks = blocks;
  article.quotes = quoted.quotes;
  article.entities = entities;
  article.figures = figures;
  article.wordCount = words.wordCount;
  article.readingTimeMinutes = readingMinutes(words.wordCount);
  article.source = source;
  article.warnings = limitWarnings(warnings);
  return article;
}

function runPipeline(input: string | Uint8Array, options: ParseOptions): Article {
  const decoded = decodeInput(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const normalised = normaliseText(decoded.text);
  const markdown = isMarkdown(normalised, options);
  const draft = markdown ? readMarkdown(normalised) : readText(normalised);
  const source: Article["source"] = {
    format: draft.format,
    sha256: decoded.sha256,
    bytes: decoded.bytes,
  };
  if (options.path !== undefined && options.path.length > 0) source.path = options.path;
  if (decoded.encoding !== undefined) source.encoding = decoded.encoding;
  if (draft.meta.url !== undefined) source.url = draft.meta.url;
  return buildArticle(draft, contentId(normalised, decoded), source, options);
}

/**
 * Parses one article from text or bytes. Throws only `ParseError`: input that cannot be an
 * article, and any unexpected internal failure, become a ParseError with a code.
 */
export function parseArticle(input: string | Uint8Array, options: ParseOptions = {}): Article {
  try {
    return runPipeline(input, options);
  } catch (error) {
    if (error instanceof ParseError) throw error.withPath(options.path);
    const reason = error instanceof Error ? error.message : String(error);
    throw new ParseError("not-an-article", `could not read the article: ${reason}`, {
      ...(options.path === undefined ? {} : { path: options.path }),
      cause: error,
    });
  }
}

export type SafeParseResult = { ok: true; article: Article } | { ok: false; error: ParseError };

/** Like `parseArticle`, but returns the error instead of throwing it. */
export function safeParseArticle(
  input: string | Uint8Array,
  options: ParseOptions = {},
): SafeParseResult {
  try {
    return { ok: true, article: parseArticle(input, options) };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, error };
    return { ok: false, error: new ParseError("not-an-article", String(error)) };
  }
}
