import type { Warning } from "@news/schema";

/** More warnings of one kind say nothing new; past this many, they are counted instead. */
export const MAX_WARNINGS_PER_CODE = 20;

/**
 * The warnings in order, at most MAX_WARNINGS_PER_CODE of each code; one more warning per
 * code says how many were left out, so nothing is silently dropped.
 */
export function limitWarnings(warnings: readonly Warning[]): Warning[] {
  const seen = new Map<string, number>();
  const kept: Warning[] = [];
  for (const warning of warnings) {
    const count = (seen.get(warning.code) ?? 0) + 1;
    seen.set(warning.code, count);
    if (count <= MAX_WARNINGS_PER_CODE) kept.push(warning);
  }
  for (const [code, count] of seen) {
    if (count > MAX_WARNINGS_PER_CODE) {
      kept.push({
        code,
        message: `${count - MAX_WARNINGS_PER_CODE} more "${code}" warnings were left out`,
      });
    }
  }
  return kept;
}
