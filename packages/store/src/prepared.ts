import type { Article, EntityType, Quote } from "@news/schema";
import { articleText, searchableText, searchableTitle } from "./article-text.js";
import { encodeArticle } from "./doc-codec.js";
import { nameKey } from "./slug.js";
import { cardOf } from "./sqlite/rows.js";

/**
 * An article turned into what the writer stores: compressed document, search text, list card and the rows
 * of its entities and quotes, and how many figures it has. Pure and plain data, so a worker thread can build it and post it.
 */
export interface PreparedArticle {
  id: string;
  slug: string;
  title: string;
  section?: string;
  publishedAt?: string;
  wordCount: number;
  card: string;
  doc: Uint8Array;
  text: Uint8Array;
  searchTitle: string;
  searchBody: string;
  entities: PreparedEntity[];
  quotes: Pick<Quote, "speaker" | "speakerType" | "speakerEntityId" | "channel" | "kind">[];
  figureCount: number;
}

export interface PreparedEntity {
  /** The article-local id quotes refer to. */
  id: string;
  type: EntityType;
  name: string;
  /** `nameKey(name)`: entities of one type with the same key are one entity across the store. */
  key: string;
  aliases: string[];
  mentions: number;
}

export function prepareArticle(article: Article): PreparedArticle {
  const { doc, text } = encodeArticle(article);
  const runningText = articleText(article);
  const prepared: PreparedArticle = {
    id: article.id,
    slug: article.slug,
    title: article.title,
    wordCount: article.wordCount,
    card: cardOf(article),
    doc,
    text,
    searchTitle: searchableTitle(article),
    searchBody: searchableText(runningText),
    entities: article.entities.map((entity) => ({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      key: nameKey(entity.name),
      aliases: entity.aliases,
      mentions: entity.mentions.length,
    })),
    quotes: article.quotes.map(({ speaker, speakerType, speakerEntityId, channel, kind }) => ({
      speaker,
      speakerType,
      speakerEntityId,
      channel,
      kind,
    })),
    figureCount: article.figures.length,
  };
  if (article.section !== undefined) prepared.section = article.section;
  if (article.publishedAt !== undefined) prepared.publishedAt = article.publishedAt;
  return prepared;
}
