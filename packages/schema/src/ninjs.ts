import type { Article, Entity, EntityType } from "./article.js";
import { articleBodyText, bodyBlocks, countWords } from "./body.js";
import { withoutUndefined } from "./compact.js";
import { toDateTime } from "./dates.js";
import { entityRelation } from "./entity-relation.js";
import { blocksToXhtml } from "./xhtml.js";

export const NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json";

export type NinjsText = {
  role?: string;
  contentType?: string;
  value: string;
};

export type NinjsBody = NinjsText & {
  charCount?: number;
  wordCount?: number;
};

/** A person, organisation, place, object or subject the item refers to. */
export type NinjsConcept = {
  name: string;
  rel?: string;
  uri?: string;
  literal?: string;
};

export type NinjsRendition = {
  name: string;
  href?: string;
  contentType?: string;
};

/** The part of an IPTC ninjs 3.1 news item that `toNinjs` writes. */
export type NinjsDocument = {
  standard: { name: "ninjs"; version: "3.1"; schema: string };
  uri: string;
  type: "text";
  representationType: "full";
  version: string;
  pubStatus: "usable";
  language: string;
  slugline: string;
  firstCreated?: string;
  versionCreated?: string;
  headlines: NinjsText[];
  descriptions?: NinjsText[];
  bodies: NinjsBody[];
  by?: string;
  located?: string;
  people?: NinjsConcept[];
  organisations?: NinjsConcept[];
  places?: NinjsConcept[];
  events?: NinjsConcept[];
  objects?: NinjsConcept[];
  subjects?: NinjsConcept[];
  infoSources?: { name: string; role?: string }[];
  renditions?: NinjsRendition[];
};

export type ToNinjsOptions = {
  /** The item's global identifier; defaults to `urn:news:article:<id>`. */
  uri?: string;
};

/** Joins names as a sentence ("A, B and C") in the article's language. */
function listNames(names: readonly string[], language: string): string {
  try {
    return new Intl.ListFormat(language, { type: "conjunction" }).format(names);
  } catch {
    return new Intl.ListFormat("en", { type: "conjunction" }).format(names);
  }
}

function webUrl(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
}

function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}

/**
 * Converts an article to an IPTC ninjs 3.1 news item (https://iptc.org/standards/ninjs/):
 * headlines, plain-text and XHTML bodies, summary, byline, dateline place, dates, the
 * entities as people/organisations/places/events/objects, and keywords as subjects.
 * The content hash of the source is the item's `version`.
 */
export function toNinjs(article: Article, options: ToNinjsOptions = {}): NinjsDocument {
  const conceptsOf = (...types: EntityType[]) =>
    nonEmpty(
      article.entities
        .filter((entity: Entity) => types.includes(entity.type))
        .map((entity) => ({
          name: entity.name,
          rel: entityRelation(article, entity),
          literal: entity.id,
        })),
    );
  const plainBody = articleBodyText(article);
  const authors = article.byline?.authors ?? [];
  const web = webUrl(article.source.url);
  const published = article.publishedAt === undefined ? undefined : toDateTime(article.publishedAt);
  const updated = article.updatedAt === undefined ? published : toDateTime(article.updatedAt);

  const document: NinjsDocument = {
    standard: { name: "ninjs", version: "3.1", schema: NINJS_SCHEMA_URI },
    uri: options.uri ?? `urn:news:article:${encodeURIComponent(article.id)}`,
    type: "text",
    representationType: "full",
    version: article.source.sha256,
    pubStatus: "usable",
    language: article.language,
    slugline: article.slug,
    firstCreated: published,
    versionCreated: updated,
    headlines: [
      { role: "main", value: article.title },
      ...(article.subtitle === undefined ? [] : [{ role: "sub", value: article.subtitle }]),
    ],
    descriptions:
      article.summary === ""
        ? undefined
        : [{ role: "summary", contentType: "text/plain", value: article.summary }],
    bodies: [
      {
        role: "main",
        contentType: "text/plain",
        charCount: [...plainBody].length,
        wordCount: countWords(plainBody),
        value: plainBody,
      },
      {
        role: "richtext",
        contentType: "application/xhtml+xml",
        value: blocksToXhtml(bodyBlocks(article)),
      },
    ],
    by: authors.length > 0 ? listNames(authors, article.language) : article.byline?.raw,
    located: article.dateline?.place,
    people: conceptsOf("person"),
    organisations: conceptsOf("organization"),
    places: conceptsOf("place"),
    events: conceptsOf("event"),
    objects: conceptsOf("product"),
    subjects: nonEmpty([
      ...article.keywords.map((keyword) => ({ name: keyword, rel: "about" })),
      ...(conceptsOf("other") ?? []),
    ]),
    infoSources:
      article.dateline?.agency === undefined ? undefined : [{ name: article.dateline.agency }],
    renditions:
      web === undefined ? undefined : [{ name: "web", href: web, contentType: "text/html" }],
  };
  return withoutUndefined(document);
}
