const DIACRITICS = /[\u0300-\u036f]/g;
const ASCII = /^[\x20-\x7e]*$/;
const DROPPED = /['’.]/g;
const SEPARATORS = /[^a-z0-9]+/g;
const EDGE_HYPHENS = /^-+|-+$/g;

/** Names recur across articles: slugs are cached, the cache emptied when it grows past this. */
const MAX_CACHED = 1 << 16;
const cache = new Map<string, string>();

/** ASCII slug of a name: "Narendra Modi" → "narendra-modi", "Zürich" → "zurich", "U.S." → "us". */
export function slugify(name: string): string {
  let slug = cache.get(name);
  if (slug === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    slug = computeSlug(name);
    cache.set(name, slug);
  }
  return slug;
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
