import type { IsoDate } from "./article.js";

/**
 * Widens an `IsoDate` to an RFC 3339 date-time, as ninjs and schema.org expect: a calendar
 * date becomes midnight UTC and a time without seconds gets ":00". The offset is kept.
 */
export function toDateTime(date: IsoDate): string {
  if (!date.includes("T")) return `${date}T00:00:00Z`;
  return date.replace(/T(\d{2}:\d{2})(?=Z|[+-])/, "T$1:00");
}
