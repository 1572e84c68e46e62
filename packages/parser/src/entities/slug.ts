/** ASCII slug of a name: "Narendra Modi" → "narendra-modi", "Zürich" → "zurich". */
export function slugify(name: string): string {
  const ascii = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize("NFKD");
  const slug = ascii
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.length > 0 ? slug : "entity";
}
