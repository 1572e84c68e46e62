export * from "./article.js";
export { articleBodyText } from "./body.js";
export { checkArticleInvariants } from "./invariants.js";
export { formatIssues, formatPath, type ValidationIssue } from "./issues.js";
export {
  articleUrl,
  type JsonLdAgent,
  type JsonLdThing,
  type NewsArticleJsonLd,
  serializeJsonLd,
  type ToJsonLdOptions,
  toJsonLd,
} from "./json-ld.js";
export { articleJsonSchema } from "./json-schema.js";
export {
  NINJS_SCHEMA_URI,
  type NinjsBody,
  type NinjsConcept,
  type NinjsDocument,
  type NinjsRendition,
  type NinjsText,
  type ToNinjsOptions,
  toNinjs,
} from "./ninjs.js";
export { BLOCK_SEPARATOR, spanText } from "./spans.js";
export {
  ArticleValidationError,
  assertArticle,
  type ValidateArticleResult,
  validateArticle,
} from "./validate.js";
export * from "./views.js";
