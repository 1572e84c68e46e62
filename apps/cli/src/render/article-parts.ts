import type { Article, Entity, EntityType, Quote } from "@news/schema";

/** The line under the title: dateline, byline, date, section and reading time, when known. */
export function metaLine(article: Article): string[] {
  const parts: string[] = [];
  if (article.dateline) parts.push(article.dateline.raw.replace(/[\s:–—-]+$/u, ""));
  if (article.byline) parts.push(article.byline.raw);
  if (article.publishedAt) parts.push(article.publishedAt);
  if (article.section) parts.push(article.section);
  parts.push(`${article.wordCount} words, ${article.readingTimeMinutes} min read`);
  return parts;
}

/** "Narendra Modi (on X)", "unattributed" when the parser found no speaker. */
export function quoteAttribution(quote: Quote): string {
  const who = quote.speaker ?? "unattributed";
  return quote.channel ? `${who} (on ${quote.channel})` : who;
}

/** Full quotations first; quoted words and names (kind "term") are not worth listing. */
export function quotesToShow(article: Article): Quote[] {
  return article.quotes.filter((quote) => quote.kind !== "term");
}

const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  person: "People",
  organization: "Organizations",
  place: "Places",
  event: "Events",
  product: "Products",
  other: "Other",
};

/** Entities grouped by type, most-mentioned first, with a readable label per group. */
export function entityGroups(article: Article): { label: string; entities: Entity[] }[] {
  const groups: { label: string; entities: Entity[] }[] = [];
  for (const type of Object.keys(ENTITY_TYPE_LABELS) as EntityType[]) {
    const entities = article.entities
      .filter((entity) => entity.type === type)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    if (entities.length > 0) groups.push({ label: ENTITY_TYPE_LABELS[type], entities });
  }
  return groups;
}
