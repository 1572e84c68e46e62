import { slugify } from "transliteration";

export const MAX_SLUG_LENGTH = 80;
/** Titles in plain ASCII need no transliteration, only the hyphens. */
const ASCII = /^[\x20-\x7e]*$/;

const NOT_SLUG_CHARACTERS = /[^a-z0-9]+/g;
const HYPHEN = 45;

/** The text without hyphens at either end. */
function trimHyphens(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === HYPHEN) start++;
  while (end > start && text.charCodeAt(end - 1) === HYPHEN) end--;
  return text.slice(start, end);
}

/** Lowercase ASCII words joined by hyphens, at most 80 characters, cut at a word boundary. */
export function buildSlug(title: string, fallback: string): string {
  const ascii = ASCII.test(title)
    ? title.toLowerCase()
    : slugify(title, { lowercase: true, separator: "-", trim: true });
  const slug = trimHyphens(ascii.replace(NOT_SLUG_CHARACTERS, "-"));
  const words = slug.length > 0 ? slug : fallback;
  if (words.length <= MAX_SLUG_LENGTH) return words;
  const cut = words.lastIndexOf("-", MAX_SLUG_LENGTH);
  return words.slice(0, cut > 0 ? cut : MAX_SLUG_LENGTH).replace(/-+$/, "");
}
