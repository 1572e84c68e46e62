import { readFile } from "node:fs/promises";
import type { FileParseResult } from "@news/parser";
import { validateArticle } from "@news/schema";
import { describeSystemError } from "../errors.js";
import { failureReason } from "../io/failures.js";
import { checkJsonArticles, checkNdjsonArticles } from "./json-articles.js";
import type { FileReport, ValidationProblem } from "./problem.js";

export function isJsonArticleFile(path: string): boolean {
  return /\.(json|ndjson|jsonl)$/i.test(path);
}

/** Reads a `.json` (one article or an array) or `.ndjson` file and checks it against the schema. */
export async function checkJsonFile(path: string): Promise<FileReport> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return {
      path,
      ok: false,
      articles: 0,
      problems: [{ code: "io", message: `cannot read: ${describeSystemError(error)}` }],
      warnings: 0,
    };
  }
  const { problems, articles } = /\.json$/i.test(path)
    ? checkJsonArticles(text)
    : checkNdjsonArticles(text);
  return { path, ok: problems.length === 0, problems, articles, warnings: 0 };
}

/**
 * A parsed article file: the parser's failure, or a schema check of what it produced. With
 * `strict`, the parser's warnings (such as an unbalanced quotation mark) count as problems too.
 */
export function reportParsedFile(result: FileParseResult, strict = false): FileReport {
  if (!result.ok) {
    const { code, message, line } = result.error;
    const problem: ValidationProblem = { code, message: failureReason(result.path, message, line) };
    if (line !== undefined) problem.line = line;
    return { path: result.path, ok: false, articles: 0, problems: [problem], warnings: 0 };
  }
  const checked = validateArticle(result.article);
  const problems: ValidationProblem[] = checked.ok
    ? []
    : checked.errors.map((issue) => ({
        field: issue.path,
        code: "schema",
        message: `the parser produced an invalid article: ${issue.message}`,
      }));
  const { warnings } = result.article;
  if (strict) {
    for (const warning of warnings) {
      const problem: ValidationProblem = { code: warning.code, message: warning.message };
      if (warning.line !== undefined) problem.line = warning.line;
      problems.push(problem);
    }
  }
  return {
    path: result.path,
    ok: problems.length === 0,
    problems,
    articles: 1,
    warnings: warnings.length,
  };
}
