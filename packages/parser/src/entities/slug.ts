const DIACRITICS = /[\u0300-\u036f]/g;
const ASCII = /^[\x20-\x7e]*$/;
const DROPPED = /['’.]/g;
const SEPARATORS = /[^a-z0-9]+/g;
const EDGE_HYPHENS = /^-+|-+$/g;
const SPACE = 0x20;

/** ASCII slug of a name: "Narendra Modi" → "narendra-modi", "Zürich" → "zurich", "U.S." → "us". */
export function slugify(name: string): string {
  const spaces = plainNameSpaces(name);
  if (spaces === 0) return name.toLowerCase();
  return spaces > 0 ? hyphenated(name.toLowerCase()) : computeSlug(name);
}

/** `lower` with a hyphen for each space: slices joined by `+` cost less than `replaceAll`. */
function hyphenated(lower: string): string {
  let space = lower.indexOf(" ");
  let slug = lower.slice(0, space);
  let from = space + 1;
  for (space = lower.indexOf(" ", from); space !== -1; space = lower.indexOf(" ", from)) {
    slug += `-${lower.slice(from, space)}`;
    from = space + 1;
  }
  return `${slug}-${lower.slice(from)}`;
}

/** The slug of a word of ASCII letters and digits, its lower case; undefined for any other word. */
export function plainWordSlug(word: string): string | undefined {
  return plainNameSpaces(word) === 0 ? word.toLowerCase() : undefined;
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * The number of spaces in a name made of ASCII letters and digits in words parted by single spaces
 * ("Tony Blair"), as most names are, whose slug is the name in lower case with hyphens for spaces;
 * -1 for any other name.
 */
function plainNameSpaces(name: string): number {
  let spaces = 0;
  let afterSpace = true;
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index);
    if (code === SPACE) {
      if (afterSpace) return -1;
      afterSpace = true;
      spaces++;
    } else if (isAsciiAlphanumeric(code)) {
      afterSpace = false;
    } else {
      return -1;
    }
  }
  return afterSpace ? -1 : spaces;
}

function computeSlug(name: string): string {
  const ascii = ASCII.test(name) ? name : name.normalize("NFKD").replace(DIACRITICS, "");
  const slug = ascii
    .toLowerCase()
    .replace(DROPPED, "")
    .replace(SEPARATORS, "-")
    .replace(EDGE_HYPHENS, "");
  return slug.length > 0 ? slug : "entity";
}
