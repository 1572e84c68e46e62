const DIACRITICS = /[\u0300-\u036f]/g;
const ASCII = /^[\x20-\x7e]*$/;

/** ASCII slug of a name: "Narendra Modi" → "narendra-modi", "Zürich" → "zurich", "U.S." → "us". */
export function slugify(name: string): string {
  const ascii = (
    ASCII.test(name) ? name : name.normalize("NFKD").replace(DIACRITICS, "")
  ).toLowerCase();
  let slug = "";
  let pendingHyphen = false;
  for (let index = 0; index < ascii.length; index++) {
    const char = ascii.charAt(index);
    const code = ascii.charCodeAt(index);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (pendingHyphen && slug.length > 0) slug += "-";
      slug += char;
      pendingHyphen = false;
    } else if (char !== "." && char !== "'" && char !== "’") {
      pendingHyphen = true;
    }
  }
  return slug.length > 0 ? slug : "entity";
}
