import type { ParseError } from "@news/parser";
import { formatLocation } from "./messages.js";

const SYSTEM_REASONS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a directory",
  ELOOP: "too many levels of symbolic links",
  EMFILE: "too many open files",
};

/**
 * The reason alone: without the path the message may repeat, and with Node's
 * `EACCES: permission denied, open '/x'` shortened to `cannot open: permission denied`.
 */
export function failureReason(path: string, message: string, line?: number): string {
  let reason = message;
  for (const prefix of [`${path}:${line ?? ""}: `, `${path}: `]) {
    if (reason.startsWith(prefix)) reason = reason.slice(prefix.length);
  }
  const system = /^(E[A-Z]+): ([^,]+), (\w+) '.*'$/.exec(reason);
  if (system?.[1] !== undefined) {
    return `cannot ${system[3]}: ${SYSTEM_REASONS[system[1]] ?? system[2]}`;
  }
  return reason;
}

/** `path:line: reason (code)`, the line every failure of `parse`, `index` and `show` is reported as. */
export function describeFailure(
  path: string,
  code: string,
  message: string,
  line?: number,
): string {
  return `${formatLocation(path, line)}: ${failureReason(path, message, line)} (${code})`;
}

export function describeParseFailure(path: string, error: ParseError): string {
  return describeFailure(path, error.code, error.message, error.line);
}
