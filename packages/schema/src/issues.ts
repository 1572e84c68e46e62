/** One problem found in an article: where it is (`quotes[0].start`) and what is wrong. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** Turns `["quotes", 0, "start"]` into `quotes[0].start`; the empty path is `article`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "article" : out;
}

/** Renders issues one per line as `path: message`. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join("\n");
}
