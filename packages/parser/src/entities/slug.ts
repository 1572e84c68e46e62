const DIACRITICS = /[\u0300-\u036f]/g;
const ASCII = /^[\x20-\x7e]*$/;
const DROPPED = /['’.]/g;
const SEPARATORS = /[^a-z0-9]+/g;
const EDGE_HYPHENS = /^-+|-+$/g;

/** ASCII slug of a name: "Narendra Modi" → "narendra-modi", "Zürich" → "zurich", "U.S." → "us". */
export function slugify(name: string): string {
  const ascii = ASCII.test(name) ? name : name.normalize("NFKD").replace(DIACRITICS, "");
  const slug = ascii
    .toLowerCase()
    .replace(DROPPED, "")
    .replace(SEPARATORS, "-")
    .replace(EDGE_HYPHENS, "");
  return slug.length > 0 ? slug : "entity";
}
