import type { Byline } from "@news/schema";

const ROLE_WORDS =
  /\b(?:staff|reporter|correspondent|editor|writer|columnist|contributor|bureau|desk|chief|team|agency|agencies|press|news|wire|service|associated|reuters|afp|pti|ians|ani|bloomberg|times|post|herald|journal|tribune|special|senior|political|sports?|business|science|technology|health|world|foreign|digital|online)\b/i;
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
    const candidate = titleCaseIfShouting(part);
    if (!ROLE_WORDS.test(candidate) && NAME_PART.test(candidate)) authors.push(candidate);
  }
  if (authors.length === 0 && rest.length > 0) authors.push(titleCaseIfShouting(rest));
  return { raw, authors };
}
