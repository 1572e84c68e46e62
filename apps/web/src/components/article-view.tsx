import type { Article } from "@news/schema";
import { serializeJsonLd, toJsonLd } from "@news/schema";
import { buildBody } from "~/lib/article-body";
import { formatDate } from "~/lib/dates";
import { entityTypePlural } from "~/lib/entity-types";
import { articlePath, entityPath, siteName, siteUrl } from "~/lib/site";
import type { ArticlePageData } from "~/server/article-page";
import { ArticleBody } from "./article-body";
import { ArticleList } from "./article-card";
import { PublishedDate } from "./published-date";
import { QuoteList } from "./quote-list";

/** The subtitle, else the summary unless it merely repeats the opening of the body. */
export function standfirst(article: Article): string | undefined {
  if (article.subtitle) return article.subtitle;
  const opening = article.blocks.find((b) => b.type === "paragraph")?.text ?? "";
  const summary = article.summary.trim();
  return summary && !opening.includes(summary.replace(/…$/, "")) ? summary : undefined;
}

function EntityTags({ article, slugs }: { article: Article; slugs: Record<string, string> }) {
  const groups = new Map<Article["entities"][number]["type"], { name: string; slug: string }[]>();
  for (const entity of article.entities) {
    const slug = slugs[entity.id];
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
            <dt>{entityTypePlural[type]}</dt>
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

/** The article reading page: plain server-rendered HTML, no client components. */
export function ArticleView({ data }: { data: ArticlePageData }) {
  const { article, indexedAt, related, entitySlugs } = data;
  const entityHref = (entityId: string) => {
    const entitySlug = entitySlugs[entityId];
    return entitySlug ? entityPath(entitySlug) : undefined;
  };
  const items = buildBody(article, entityHref);
  const statements = article.quotes.filter((q) => q.kind === "statement");
  const url = articlePath(article.slug);
  // Names already listed under "In this article" are not repeated as topics.
  const entityNames = new Set(article.entities.map((e) => e.name.toLowerCase()));
  const topics = article.keywords.filter((k) => !entityNames.has(k.toLowerCase()));
  const lede = standfirst(article);
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
            {lede ? <p className="standfirst">{lede}</p> : null}
            <div className="article__meta">
              {article.byline ? <p className="byline">{article.byline.raw}</p> : null}
              <p className="meta">
                {article.dateline ? (
                  <span className="dateline">
                    {article.dateline.place ?? article.dateline.raw}
                    {article.dateline.agency ? ` (${article.dateline.agency})` : ""}
                  </span>
                ) : null}
                <PublishedDate
                  publishedAt={article.publishedAt}
                  indexedAt={indexedAt ?? undefined}
                />
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
                  speakerSlug: q.speakerEntityId ? entitySlugs[q.speakerEntityId] : undefined,
                  channel: q.channel,
                }))}
              />
            </section>
          ) : null}
          <EntityTags article={article} slugs={entitySlugs} />
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
