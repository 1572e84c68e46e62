import type { z } from "zod";
import { Article } from "./article.js";
import { checkArticleInvariants } from "./invariants.js";
import { formatIssues, formatPath, type ValidationIssue } from "./issues.js";

export type ValidateArticleResult =
  | { ok: true; article: Article }
  | { ok: false; errors: ValidationIssue[] };

/** Says "is required" instead of "expected string, received undefined" for a missing field. */
const readableErrors: z.core.$ZodErrorMap = (issue) =>
  issue.code === "invalid_type" && issue.input === undefined
    ? `is required (expected ${issue.expected})`
    : undefined;

/**
 * Checks that `value` is a valid article: first its shape (the `Article` schema), then the
 * invariants between fields (see `checkArticleInvariants`). Errors carry a readable path such
 * as `quotes[0].start` and a message; never a raw Zod error.
 */
export function validateArticle(value: unknown): ValidateArticleResult {
  const parsed = Article.safeParse(value, { error: readableErrors });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message.replace(/^Invalid input: /, ""),
      })),
    };
  }
  const errors = checkArticleInvariants(parsed.data);
  return errors.length === 0 ? { ok: true, article: parsed.data } : { ok: false, errors };
}

/** Thrown by `assertArticle`; `errors` lists every problem, and the message shows them one per line. */
export class ArticleValidationError extends Error {
  override readonly name = "ArticleValidationError";
  readonly errors: ValidationIssue[];

  constructor(errors: ValidationIssue[]) {
    const count = `${errors.length} problem${errors.length === 1 ? "" : "s"}`;
    super(`Invalid article (${count}):\n${formatIssues(errors)}`);
    this.errors = errors;
  }
}

/** Returns the article when `value` is valid, else throws an `ArticleValidationError`. */
export function assertArticle(value: unknown): Article {
  const result = validateArticle(value);
  if (!result.ok) throw new ArticleValidationError(result.errors);
  return result.article;
}
