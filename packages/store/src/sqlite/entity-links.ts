/** An article's entities and how often it mentions each: `[entity rowid, mentions]`. */
export type EntityLink = [entity: number, mentions: number];

/**
 * `articles.entity_links` as stored: each pair as two unsigned LEB128 varints, a few bytes an entity
 * where JSON text took a dozen. Stores written before hold JSON text, which still decodes.
 */
export function encodeEntityLinks(links: Iterable<EntityLink>): Buffer {
  const bytes: number[] = [];
  for (const [entity, mentions] of links) {
    pushVarint(bytes, entity);
    pushVarint(bytes, mentions);
  }
  return Buffer.from(bytes);
}

export function decodeEntityLinks(stored: Uint8Array | string): EntityLink[] {
  if (typeof stored === "string") return JSON.parse(stored) as EntityLink[];
  const links: EntityLink[] = [];
  let at = 0;
  const next = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = stored[at++];
      if (byte === undefined) throw new Error("entity links end inside a number");
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  };
  while (at < stored.length) links.push([next(), next()]);
  return links;
}

/** Arithmetic rather than bit shifts, so values past 2^31 encode too. */
function pushVarint(bytes: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`entity link value ${value} is not a non-negative integer`);
  }
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
}
