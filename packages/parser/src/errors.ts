export type ParseErrorCode =
  | "empty"
  | "binary"
  | "too-large"
  | "not-an-article"
  | "decode"
  | "front-matter"
  | "io";

export interface ParseErrorDetails {
  line?: number;
  path?: string;
  cause?: unknown;
}

/** The only error the parser throws: a machine-readable `code`, a readable message, and where. */
export class ParseError extends Error {
  override readonly name = "ParseError";
  readonly code: ParseErrorCode;
  readonly line?: number;
  readonly path?: string;

  constructor(code: ParseErrorCode, message: string, details: ParseErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if (details.line !== undefined) this.line = details.line;
    if (details.path !== undefined) this.path = details.path;
  }

  /** The same error, located in `path` (when it was not already). */
  withPath(path: string | undefined): ParseError {
    if (path === undefined || this.path !== undefined) return this;
    const located = new ParseError(this.code, this.message, {
      path,
      ...(this.line === undefined ? {} : { line: this.line }),
      ...(this.cause === undefined ? {} : { cause: this.cause }),
    });
    return located;
  }
}
