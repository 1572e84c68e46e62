import { toIsoDate } from "./dates.js";

const MAX_TIMESTAMP_LINE = 120;
const LABELLED =
  /^(published|first published|posted|updated|last updated|modified)(?:\s+(?:on|at))?\s*[:|-]?\s*(.+)$/i;
/** A line that is only a date (and perhaps a time): "December 11, 2025 10:30 IST". */
const DATE_ONLY =
  /^(?:\p{L}+,?\s+)?(?:\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+\p{L}+\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:[,\s|]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?$/iu;

export interface TimestampLine {
  field: "publishedAt" | "updatedAt";
  iso: string;
}

/**
 * Reads a publication-date line from the top of a story: "Published: Dec 11, 2025",
 * "Updated 11 December 2025 10:30 GMT", or a line that is only a date.
 */
export function readTimestampLine(text: string): TimestampLine | undefined {
  if (text.length > MAX_TIMESTAMP_LINE) return undefined;
  const labelled = LABELLED.exec(text);
  const label = labelled?.[1]?.toLowerCase();
  const written = labelled?.[2] ?? (DATE_ONLY.test(text) ? text : undefined);
  if (written === undefined) return undefined;
  const iso = toIsoDate(written);
  if (iso === undefined) return undefined;
  const updated = label !== undefined && /updated|modified/.test(label);
  return { field: updated ? "updatedAt" : "publishedAt", iso };
}
