import type { ArticleSummary, Page, StoreStats } from "@news/schema";
import { Fragment } from "react";
import { plural } from "~/lib/plural";
import { sectionLabel } from "~/lib/sections";
import { ArticleList } from "./article-card";
import { EmptyState } from "./empty-state";
import { FilterChips } from "./filter-chips";
import { Pager, withQuery } from "./pager";

/** What the home page shows; `page` is null when the cursor in the address is not valid. */
export interface HomeData {
  section: string | null;
  cursor: string | null;
  stats: StoreStats;
  page: Page<ArticleSummary> | null;
}

/** The index in numbers, each linking to where it can be browsed. */
function figuresOf(stats: StoreStats): { count: number; label: string; href?: string }[] {
  return [
    { count: stats.articles, label: "articles" },
    { count: stats.words, label: "words" },
    { count: stats.quotes, label: "quotations", href: "/quotes" },
    { count: stats.entities.person ?? 0, label: "people", href: "/entities?type=person" },
    {
      count: stats.entities.organization ?? 0,
      label: "organizations",
      href: "/entities?type=organization",
    },
    { count: stats.entities.place ?? 0, label: "places", href: "/entities?type=place" },
  ];
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
          <FilterChips
            label="Sections"
            all={{ label: "All sections", href: "/" }}
            options={stats.sections.map((s) => ({
              value: s.name,
              label: sectionLabel(s.name),
              href: withQuery("/", { section: s.name }),
            }))}
            selected={section}
          />
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
            {figuresOf(stats).map(({ count, label, href }) => (
              <Fragment key={label}>
                <dt>{count.toLocaleString("en-GB")}</dt>
                <dd>{href ? <a href={href}>{label}</a> : label}</dd>
              </Fragment>
            ))}
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
