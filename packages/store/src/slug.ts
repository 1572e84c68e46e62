/** Lowercase ASCII words joined by hyphens; diacritics folded, everything else dropped. */
export function slugify(text: string, maxLength = 80): string {
  const words = foldDiacritics(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, maxLength) || "";
}

export function foldDiacritics(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "");
}

/** Words of a name or query, folded for comparison: " narendra modi ". */
export function nameKey(name: string): string {
  const words = foldDiacritics(name)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return ` ${words.join(" ")} `;
}
