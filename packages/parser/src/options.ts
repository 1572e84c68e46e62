export type ParseFormat = "auto" | "text" | "markdown";

export interface ParseOptions {
  /** Default "auto": a .md/.markdown path, front matter or a leading `# heading` mean Markdown. */
  format?: ParseFormat;
  /** Recorded in `source.path` and used in messages. */
  path?: string;
  /** Inputs larger than this many bytes are refused with code "too-large". Default 5 MiB. */
  maxBytes?: number;
  /** The section to use when the file itself names none. */
  section?: string;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
