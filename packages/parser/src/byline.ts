import type { Byline } from "@news/schema";

const ROLE_WORDS =
  /\b(?:staff|reporter|correspondent|editor|writer|columnist|contributor|bureau|desk|chief|team|agency|agencies|press|news|wire|service|associated|reuters|afp|ap|upi|dpa|efe|cnn|bbc|nbc|cbs|abc|npr|pti|ians|ani|bloomberg|times|post|herald|journal|tribune|special|senior|political|sports?|business|science|technology|health|world|foreign|digital|online)\b/i;
const PLACE_SUFFIX = /\s+(?:in|at|from)\s+[\p{Lu}].*$/u;
const DATE_SUFFIX = /\s*[|•·]\s*.*$/;
const NAME_PART =
  /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:van|von|de|da|der|den|del|della|di|du|la|le|bin|ibn|al|el)\s+)?[\p{Lu}][\p{L}'’.-]*){0,4}$/u;

function titleCaseIfShouting(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(
      /(^|[\s'’.-])(\p{L})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );
}

/** "JANE DOE Associated Press" → "JANE DOE": the words before the first role or agency word. */
function nameBeforeRole(part: string): string {
  const words = part.split(" ");
  const role = words.findIndex((word) => ROLE_WORDS.test(word));
  return role > 0 ? words.slice(0, role).join(" ") : part;
}

/**
 * Reads the names from a byline such as "By Jane Doe and John Roe" or "By Jane Doe, Staff
 * Reporter": names joined by commas, "and" or "&"; roles and agencies after a name are dropped.
 */
export function parseByline(raw: string): Byline {
  const rest = raw
    .replace(/^by\s+/i, "")
    .replace(DATE_SUFFIX, "")
    .replace(/[.;:]+$/, "")
    .trim();
  const parts = rest
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((part) => part.replace(PLACE_SUFFIX, "").trim())
    .filter((part) => part.length > 0);
  const authors: string[] = [];
  for (const part of parts) {
    const candidate = titleCaseIfShouting(nameBeforeRole(part));
    if (!ROLE_WORDS.test(candidate) && NAME_PART.test(candidate)) authors.push(candidate);
  }
  if (authors.length === 0 && rest.length > 0) authors.push(titleCaseIfShouting(rest));
  return { raw, authors };
}

const BYLINE_OPENING = /^(?:by|By|BY)\s+\p{Lu}/u;
const SINGLE_NAME_BYLINES =
  /^(?:Reuters|AP|AFP|PTI|IANS|ANI|Bloomberg|Xinhua|dpa|EFE|ANSA|Kyodo|Yonhap|UPI|Agencies)$/i;

/**
 * Whether a short line is a byline: "By" and then names (two words or more each, such as
 * "Jane Doe"), or an agency; not a sentence such as "By Tuesday, the talks had failed."
 */
export function looksLikeByline(text: string): boolean {
  if (!BYLINE_OPENING.test(text)) return false;
  if (/[.!?]["”’]?$/.test(text.replace(/\b\p{Lu}\.$/u, ""))) return false;
  const { authors } = parseByline(text);
  return (
    authors.length > 0 &&
    authors.every((name) => name.includes(" ") || SINGLE_NAME_BYLINES.test(name))
  );
}

/** "Jane Doe Political correspondent": a name then a newsroom role, with no "By". */
const NAME_AND_ROLE =
  /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,4}),?\s+(?:\p{L}+\s+){0,2}(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Cc]ontributor|[Aa]nalyst)$/u;

/** A byline line without "By": a name followed by a newsroom role. */
export function readNameAndRole(text: string): Byline | undefined {
  if (text.length > 80) return undefined;
  const written = NAME_AND_ROLE.exec(text)?.[1];
  if (written === undefined) return undefined;
  const name = nameBeforeRole(written);
  if (ROLE_WORDS.test(name) || !name.includes(" ")) return undefined;
  return { raw: text, authors: [titleCaseIfShouting(name)] };
}

/** A short line right under a byline that only names a role or an agency ("Associated Press"). */
export function isBylineRole(text: string): boolean {
  return (
    text.length <= 60 &&
    !/[.!?]$/.test(text) &&
    text.split(" ").every((word) => ROLE_WORDS.test(word) || /^(?:of|the|and|for|&)$/i.test(word))
  );
}
