import type { ArticleSummary, Page, StoreStats } from "@news/schema";
import { plural } from "~/lib/plural";
import { sectionLabel } from "~/lib/sections";
import { ArticleList } from "./article-card";
import { EmptyState } from "./empty-state";
import { Pager, withQuery } from "./pager";

/** What the home page shows; `page` is null when the cursor in the address is not valid. */
export interface HomeData {
  section: string | null;
  cursor: string | null;
  stats: StoreStats;
  page: Page<ArticleSummary> | null;
}

/** The latest articles (of one section), the sections, the index in numbers and a search form. */
export function HomeView({ data }: { data: HomeData }) {
  const { stats, page } = data;
  const section = data.section ?? undefined;
  const cursor = data.cursor ?? undefined;
  return (
    <div className="layout">
      <div>
        <header className="page-head">
          <h1>{section ? sectionLabel(section) : "Latest news"}</h1>
          <p>
            {stats.articles === 0
              ? "Nothing has been indexed yet."
              : `${plural(stats.articles, "article")}, ${plural(stats.quotes, "quotation")}.`}
          </p>
        </header>
        {stats.sections.length > 0 ? (
          <nav aria-label="Sections">
            <ul className="chips">
              <li>
                <a href="/" aria-current={section ? undefined : "page"}>
                  All sections
                </a>
              </li>
              {stats.sections.map((s) => (
                <li key={s.name}>
                  <a
                    href={withQuery("/", { section: s.name })}
                    aria-current={s.name === section ? "page" : undefined}
                  >
                    {sectionLabel(s.name)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {page === null ? (
          <EmptyState title="That page does not exist">
            <p>
              The link you followed points to a page of results that is no longer valid.{" "}
              <a href="/">Go to the latest articles</a>.
            </p>
          </EmptyState>
        ) : page.items.length === 0 ? (
          <EmptyState title="No articles yet">
            <p>
              Add plain-text or Markdown articles to the <code>seeds/</code> folder (or the folder
              named by <code>NEWS_SEEDS</code>); they appear here within seconds, without a restart.
            </p>
          </EmptyState>
        ) : (
          <>
            <ArticleList articles={page.items} grid />
            <Pager
              firstHref={cursor ? withQuery("/", { section }) : undefined}
              nextHref={
                page.nextCursor ? withQuery("/", { section, cursor: page.nextCursor }) : undefined
              }
              nextLabel="Older articles"
            />
          </>
        )}
      </div>
      <aside aria-label="About this index">
        <section className="sidebar-box" aria-labelledby="in-numbers">
          <h2 id="in-numbers">The index in numbers</h2>
          <dl className="stat-list">
            <dt>{stats.articles.toLocaleString("en-GB")}</dt>
            <dd>articles</dd>
            <dt>{stats.words.toLocaleString("en-GB")}</dt>
            <dd>words</dd>
            <dt>{stats.quotes.toLocaleString("en-GB")}</dt>
            <dd>
              <a href="/quotes">quotations</a>
            </dd>
            <dt>{(stats.entities.person ?? 0).toLocaleString("en-GB")}</dt>
            <dd>
              <a href="/entities?type=person">people</a>
            </dd>
            <dt>{(stats.entities.organization ?? 0).toLocaleString("en-GB")}</dt>
            <dd>
              <a href="/entities?type=organization">organizations</a>
            </dd>
            <dt>{(stats.entities.place ?? 0).toLocaleString("en-GB")}</dt>
            <dd>
              <a href="/entities?type=place">places</a>
            </dd>
          </dl>
        </section>
        <section className="sidebar-box" aria-labelledby="find">
          <h2 id="find">Find a story</h2>
          <search>
            <form action="/search" method="get" className="search-form">
              <label className="field" htmlFor="sidebar-q">
                Search the archive
                <input id="sidebar-q" name="q" type="search" required maxLength={200} />
              </label>
              <button type="submit">Search</button>
            </form>
          </search>
        </section>
      </aside>
    </div>
  );
}
