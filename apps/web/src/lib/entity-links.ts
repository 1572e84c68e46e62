import type { Entity, EntitySummary } from "@news/schema";

type FindEntities = (input: {
  query: string;
  type: Entity["type"];
  limit: number;
}) => Promise<EntitySummary[]>;

/** Store-wide slugs of an article's entities, matched by type and name or alias; unknown ones are left out. */
export async function resolveEntitySlugs(
  entities: Entity[],
  find: FindEntities,
): Promise<Map<string, string>> {
  const slugs = new Map<string, string>();
  await Promise.all(
    entities.map(async (entity) => {
      const candidates = await find({ query: entity.name, type: entity.type, limit: 25 });
      const wanted = entity.name.toLowerCase();
      const match =
        candidates.find((c) => c.name.toLowerCase() === wanted) ??
        candidates.find((c) => c.aliases.some((alias) => alias.toLowerCase() === wanted));
      if (match) slugs.set(entity.id, match.slug);
    }),
  );
  return slugs;
}
