export * from "./article.js";
export { checkArticleInvariants } from "./invariants.js";
export { formatIssues, formatPath, type ValidationIssue } from "./issues.js";
export { articleJsonSchema } from "./json-schema.js";
export { BLOCK_SEPARATOR, spanText } from "./spans.js";
export {
  ArticleValidationError,
  assertArticle,
  type ValidateArticleResult,
  validateArticle,
} from "./validate.js";
export * from "./views.js";
