import * as chrono from "chrono-node";

const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
/** A fixed reference: the result must not depend on when the parser runs. */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: "UTC" };

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

function isRealIsoDate(iso: string): boolean {
  const [year, month, day] = iso.slice(0, 10).split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCMonth() === month - 1 && date.getUTCDate() === day && !Number.isNaN(Date.parse(iso))
  );
}

function fromDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  if (!ISO_DATE.test(iso)) return undefined;
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/**
 * An ISO 8601 form of a date as written in front matter ("2025-12-11", "Dec 11, 2025 9:30
 * UTC", a YAML timestamp): a calendar date when no time is given, else a UTC date-time.
 * Times without a zone are read as UTC. Returns undefined when there is no complete date.
 */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) return fromDate(value);
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const text = String(value).trim();
  if (ISO_DATE.test(text)) return isRealIsoDate(text) ? text : undefined;
  const [result] = chrono.parse(text, REFERENCE, { forwardDate: false });
  if (result === undefined) return undefined;
  const { start } = result;
  if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day"))
    return undefined;
  if (!start.isCertain("hour")) {
    const [year, month, day] = [start.get("year"), start.get("month"), start.get("day")];
    if (year === null || month === null || day === null) return undefined;
    const calendar = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    return ISO_DATE.test(calendar) && isRealIsoDate(calendar) ? calendar : undefined;
  }
  return fromDate(start.date());
}
