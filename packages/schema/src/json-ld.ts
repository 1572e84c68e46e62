import type { Article, Entity, EntityType } from "./article.js";
import { articleBodyText } from "./body.js";
import { withoutUndefined } from "./compact.js";
import { toDateTime } from "./dates.js";
import { entityRelation } from "./entity-relation.js";

/** A schema.org thing an article is about or mentions. */
export type JsonLdThing = {
  "@type": "Person" | "Organization" | "Place" | "Event" | "Product" | "Thing";
  name: string;
  alternateName?: string[];
};

export type JsonLdAgent = {
  "@type": "Person" | "Organization";
  name: string;
  url?: string;
};

/** The schema.org `NewsArticle` that `toJsonLd` writes. */
export type NewsArticleJsonLd = {
  "@context": "https://schema.org";
  "@type": "NewsArticle";
  "@id": string;
  url: string;
  mainEntityOfPage: string;
  identifier: string;
  headline: string;
  alternativeHeadline?: string;
  description?: string;
  dateline?: string;
  datePublished?: string;
  dateModified?: string;
  author?: JsonLdAgent[];
  publisher?: JsonLdAgent;
  articleBody: string;
  articleSection?: string;
  keywords?: string[];
  inLanguage: string;
  wordCount: number;
  timeRequired: string;
  about?: JsonLdThing[];
  mentions?: JsonLdThing[];
  isBasedOn?: string;
};

export type ToJsonLdOptions = {
  /** The site's base URL; the article lives at `<siteUrl>/articles/<slug>`. */
  siteUrl: string;
  /** The organisation that publishes the site. */
  publisher?: { name: string; url?: string };
};

const THING_TYPES: Record<EntityType, JsonLdThing["@type"]> = {
  person: "Person",
  organization: "Organization",
  place: "Place",
  event: "Event",
  product: "Product",
  other: "Thing",
};

function thing(entity: Entity): JsonLdThing {
  return {
    "@type": THING_TYPES[entity.type],
    name: entity.name,
    ...(entity.aliases.length > 0 ? { alternateName: entity.aliases } : {}),
  };
}

/** The page URL of an article: `<siteUrl>/articles/<slug>`. */
export function articleUrl(siteUrl: string, slug: string): string {
  if (!URL.canParse(siteUrl)) {
    throw new TypeError(
      `siteUrl must be an absolute URL such as https://news.example, got '${siteUrl}'`,
    );
  }
  return `${siteUrl.replace(/\/+$/, "")}/articles/${encodeURIComponent(slug)}`;
}

/**
 * Converts an article to a schema.org `NewsArticle` for a page's JSON-LD. Entities named in
 * the headline go to `about`, the others to `mentions`. Serialise it with `serializeJsonLd`.
 */
export function toJsonLd(article: Article, options: ToJsonLdOptions): NewsArticleJsonLd {
  const url = articleUrl(options.siteUrl, article.slug);
  const about: JsonLdThing[] = [];
  const mentions: JsonLdThing[] = [];
  for (const entity of article.entities) {
    (entityRelation(article, entity) === "about" ? about : mentions).push(thing(entity));
  }
  const authors = article.byline?.authors ?? [];
  const agency = article.dateline?.agency;
  const author: JsonLdAgent[] =
    authors.length > 0
      ? authors.map((name) => ({ "@type": "Person", name }))
      : agency === undefined
        ? []
        : [{ "@type": "Organization", name: agency }];
  const dateline = article.dateline?.raw.replace(/[\s:,\-–—]+$/u, "");

  const document: NewsArticleJsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": url,
    url,
    mainEntityOfPage: url,
    identifier: article.id,
    headline: article.title,
    alternativeHeadline: article.subtitle,
    description: article.summary === "" ? undefined : article.summary,
    dateline: dateline === "" ? undefined : dateline,
    datePublished: article.publishedAt === undefined ? undefined : toDateTime(article.publishedAt),
    dateModified: article.updatedAt === undefined ? undefined : toDateTime(article.updatedAt),
    author: author.length > 0 ? author : undefined,
    publisher:
      options.publisher === undefined
        ? undefined
        : { "@type": "Organization", ...options.publisher },
    articleBody: articleBodyText(article),
    articleSection: article.section,
    keywords: article.keywords.length > 0 ? article.keywords : undefined,
    inLanguage: article.language,
    wordCount: article.wordCount,
    timeRequired: `PT${article.readingTimeMinutes}M`,
    about: about.length > 0 ? about : undefined,
    mentions: mentions.length > 0 ? mentions : undefined,
    isBasedOn: article.source.url,
  };
  return withoutUndefined(document);
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * Serialises a value as JSON that is safe inside `<script type="application/ld+json">`:
 * `<`, `>`, `&`, U+2028 and U+2029 become `\uXXXX` escapes, so no `</script>` or `<!--` in
 * the data can end the script early. The result still parses to the same value.
 */
export function serializeJsonLd(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError("serializeJsonLd: the value has no JSON form");
  return json.replace(
    UNSAFE_IN_SCRIPT,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
