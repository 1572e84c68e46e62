import type { Article, EntityType } from "@news/schema";
import { serializeJsonLd, toJsonLd } from "@news/schema";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleBody } from "~/components/article-body";
import { ArticleList } from "~/components/article-card";
import { PublishedDate } from "~/components/published-date";
import { QuoteList } from "~/components/quote-list";
import { buildBody } from "~/lib/article-body";
import { formatDate } from "~/lib/dates";
import { resolveEntitySlugs } from "~/lib/entity-links";
import { orNull } from "~/lib/errors";
import { articlePath, entityPath, siteName, siteUrl } from "~/lib/site";
import { api } from "~/trpc/caller";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

const loadArticle = cache((slug: string) =>
  orNull(async () => (await api()).article.bySlug({ slug })),
);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  if (!article) return { title: "Article not found", robots: { index: false } };
  const url = articlePath(article.slug);
  const description = article.summary || article.title;
  return {
    title: article.title,
    description,
    keywords: article.keywords,
    authors: article.byline?.authors.map((name) => ({ name })),
    alternates: {
      canonical: url,
      types: { "application/json": `${url}/json` },
    },
    openGraph: {
      type: "article",
      url,
      title: article.title,
      description,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.section,
      tags: article.keywords,
      authors: article.byline?.authors,
    },
    twitter: { card: "summary", title: article.title, description },
  };
}

/** The subtitle, else the summary unless it merely repeats the opening of the body. */
function standfirst(article: Article): string | undefined {
  if (article.subtitle) return article.subtitle;
  const opening = article.blocks.find((b) => b.type === "paragraph")?.text ?? "";
  const summary = article.summary.trim();
  return summary && !opening.includes(summary.replace(/…$/, "")) ? summary : undefined;
}

const typeLabels: Record<EntityType, string> = {
  person: "People",
  organization: "Organizations",
  place: "Places",
  event: "Events",
  product: "Products",
  other: "Other",
};

function EntityTags({ article, slugs }: { article: Article; slugs: Map<string, string> }) {
  const groups = new Map<EntityType, { name: string; slug: string }[]>();
  for (const entity of article.entities) {
    const slug = slugs.get(entity.id);
    if (!slug) continue;
    groups.set(entity.type, [...(groups.get(entity.type) ?? []), { name: entity.name, slug }]);
  }
  if (groups.size === 0) return null;
  return (
    <section className="sidebar-box" aria-labelledby="in-this-article">
      <h2 id="in-this-article">In this article</h2>
      <dl className="tags">
        {[...groups].map(([type, entities]) => (
          <div key={type}>
            <dt>{typeLabels[type]}</dt>
            <dd>
              <ul className="chips">
                {entities.map((e) => (
                  <li key={e.slug}>
                    <a href={entityPath(e.slug)}>{e.name}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export default async function ArticlePage({ params }: { params: Params }) {
  const { slug } = await params;
  const article = await loadArticle(slug);
  if (!article) notFound();

  const caller = await api();
  const [related, slugs] = await Promise.all([
    caller.article.related({ slug: article.slug, limit: 4 }),
    resolveEntitySlugs(article.entities, (input) => caller.entity.list(input)),
  ]);
  const entityHref = (entityId: string) => {
    const entitySlug = slugs.get(entityId);
    return entitySlug ? entityPath(entitySlug) : undefined;
  };
  const items = buildBody(article, entityHref);
  const statements = article.quotes.filter((q) => q.kind === "statement");
  const speakerSlugs = new Map(
    article.entities.flatMap((e) => {
      const entitySlug = slugs.get(e.id);
      return entitySlug ? [[e.id, entitySlug] as const] : [];
    }),
  );
  const url = articlePath(article.slug);
  // Names already listed under "In this article" are not repeated as topics.
  const entityNames = new Set(article.entities.map((e) => e.name.toLowerCase()));
  const topics = article.keywords.filter((k) => !entityNames.has(k.toLowerCase()));
  const jsonLd = serializeJsonLd(
    toJsonLd(article, { siteUrl: siteUrl(), publisher: { name: siteName, url: siteUrl() } }),
  );

  return (
    <>
      <script type="application/ld+json">{jsonLd}</script>
      <article className="layout" aria-labelledby="headline">
        <div>
          <header className="article__header">
            {article.section ? (
              <p className="kicker">
                <a href={`/?section=${encodeURIComponent(article.section)}`}>{article.section}</a>
              </p>
            ) : null}
            <h1 id="headline" className="article__headline">
              {article.title}
            </h1>
            {standfirst(article) ? <p className="standfirst">{standfirst(article)}</p> : null}
            <div className="article__meta">
              {article.byline ? <p className="byline">{article.byline.raw}</p> : null}
              <p className="meta">
                {article.dateline ? (
                  <span className="dateline">
                    {article.dateline.place ?? article.dateline.raw}
                    {article.dateline.agency ? ` (${article.dateline.agency})` : ""}
                  </span>
                ) : null}
                <PublishedDate publishedAt={article.publishedAt} />
                <span>{article.readingTimeMinutes || 1} min read</span>
                <span>{article.wordCount.toLocaleString("en-GB")} words</span>
              </p>
              {article.updatedAt ? (
                <p className="meta">
                  <span>
                    Updated{" "}
                    <time dateTime={article.updatedAt}>{formatDate(article.updatedAt)}</time>
                  </span>
                </p>
              ) : null}
            </div>
          </header>
          <ArticleBody items={items} />
          {topics.length > 0 ? (
            <section aria-labelledby="topics">
              <h2 id="topics" className="section-title">
                Topics
              </h2>
              <ul className="chips">
                {topics.map((keyword) => (
                  <li key={keyword}>
                    <a href={`/search?q=${encodeURIComponent(keyword)}`}>{keyword}</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <aside aria-label="About this article">
          {statements.length > 0 ? (
            <section className="sidebar-box" aria-labelledby="who-said-what">
              <h2 id="who-said-what">Who said what</h2>
              <QuoteList
                quotes={statements.map((q) => ({
                  text: q.text,
                  speaker: q.speaker,
                  speakerSlug: q.speakerEntityId ? speakerSlugs.get(q.speakerEntityId) : undefined,
                  channel: q.channel,
                }))}
              />
            </section>
          ) : null}
          <EntityTags article={article} slugs={slugs} />
          <section className="sidebar-box" aria-labelledby="downloads">
            <h2 id="downloads">Download this article</h2>
            <ul className="downloads">
              <li>
                <a href={`${url}/json`} type="application/json">
                  Article JSON (@news/schema)
                </a>
              </li>
              <li>
                <a href={`${url}/ninjs`} type="application/json">
                  IPTC ninjs JSON
                </a>
              </li>
            </ul>
          </section>
        </aside>
      </article>
      {related.length > 0 ? (
        <section aria-labelledby="related">
          <h2 id="related" className="section-title">
            More on this story
          </h2>
          <ArticleList articles={related} headingLevel={3} />
        </section>
      ) : null}
    </>
  );
}
