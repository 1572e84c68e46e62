export { ParseError, type ParseErrorCode } from "./errors.js";
export { type FileParseResult, findArticleFiles, parseFile, parseFiles } from "./files.js";
export type { ParseFormat, ParseOptions } from "./options.js";
export { parseArticle, type SafeParseResult, safeParseArticle } from "./pipeline.js";
