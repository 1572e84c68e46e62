/** One reason a file is not a valid article: where (line, field) and why. */
export interface ValidationProblem {
  line?: number;
  /** The article field, such as `quotes[0].start`, for schema problems. */
  field?: string;
  code: string;
  message: string;
}

export interface FileReport {
  path: string;
  ok: boolean;
  problems: ValidationProblem[];
  /** How many articles the file held (a `.json` file may hold an array, an `.ndjson` file many lines). */
  articles: number;
  /** The parser's warnings about the file; problems only with `--strict`. */
  warnings: number;
}
