import type { ParseError } from "@news/parser";
import { formatLocation } from "./messages.js";

/** `path:line: reason (code)`; the parser's message is used as the reason, without a repeated path. */
export function describeParseFailure(path: string, error: ParseError): string {
  const line = error.line;
  let reason = error.message;
  for (const prefix of [`${path}:${line ?? ""}: `, `${path}: `]) {
    if (reason.startsWith(prefix)) reason = reason.slice(prefix.length);
  }
  return `${formatLocation(path, line)}: ${reason} (${error.code})`;
}
