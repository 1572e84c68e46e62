import { slugify } from "transliteration";

export const MAX_SLUG_LENGTH = 80;
/** Titles in plain ASCII need no transliteration, only the hyphens. */
const ASCII = /^[\x20-\x7e]*$/;

function isSlugCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/**
 * The runs of a-z and 0-9 in `text`, joined by hyphens: what replacing every other run by a
 * hyphen and trimming hyphens gives, read by hand rather than by a global replace.
 */
function joinSlugWords(text: string): string {
  let slug = "";
  let i = 0;
  while (i < text.length) {
    while (i < text.length && !isSlugCharacter(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && isSlugCharacter(text.charCodeAt(i))) i++;
    if (i === start) break;
    const word = text.slice(start, i);
    slug = slug.length === 0 ? word : `${slug}-${word}`;
  }
  return slug;
}

/** Lowercase ASCII words joined by hyphens, at most 80 characters, cut at a word boundary. */
export function buildSlug(title: string, fallback: string): string {
  const ascii = ASCII.test(title)
    ? title.toLowerCase()
    : slugify(title, { lowercase: true, separator: "-", trim: true });
  const slug = joinSlugWords(ascii);
  const words = slug.length > 0 ? slug : fallback;
  if (words.length <= MAX_SLUG_LENGTH) return words;
  const cut = words.lastIndexOf("-", MAX_SLUG_LENGTH);
  return words.slice(0, cut > 0 ? cut : MAX_SLUG_LENGTH).replace(/-+$/, "");
}
