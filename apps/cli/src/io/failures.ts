import type { ParseError } from "@news/parser";
import { systemReason } from "../errors.js";
import { formatLocation } from "./messages.js";

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
    return `cannot ${system[3]}: ${systemReason(system[1]) ?? system[2]}`;
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
