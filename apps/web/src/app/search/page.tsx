import { EntityType } from "@news/schema";
import type { Metadata } from "next";
import { ArticleCard } from "~/components/article-card";
import { EmptyState } from "~/components/empty-state";
import { Pager, withQuery } from "~/components/pager";
import { Snippet } from "~/components/snippet";
import { entityTypePlural } from "~/lib/entity-types";
import { isTrpcError } from "~/lib/errors";
import { param, type SearchParams } from "~/lib/params";
import { sectionLabel } from "~/lib/sections";
import { api } from "~/trpc/caller";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/hydration";
import { TRPCReactProvider } from "~/trpc/react";
import { SearchBox } from "./search-box";
import { SUGGESTION_LIMIT } from "./suggestions";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams;
}): Promise<Metadata> {
  const q = param((await searchParams).q);
  return {
    title: q ? `Search results for “${q}”` : "Search",
    description: "Search every indexed article by words, people, places and organizations.",
    alternates: { canonical: withQuery("/search", { q }) },
  };
}

async function runSearch(input: {
  q: string;
  section?: string;
  entityType?: EntityType;
  cursor?: string;
}) {
  try {
    return { ok: true as const, page: await (await api()).article.search({ ...input, limit: 10 }) };
  } catch (error) {
    if (isTrpcError(error, "BAD_REQUEST")) return { ok: false as const };
    throw error;
  }
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const q = param(params.q) ?? "";
  const section = param(params.section);
  const typeParam = EntityType.safeParse(param(params.type));
  const entityType = typeParam.success ? typeParam.data : undefined;
  const cursor = param(params.cursor);

  const [stats, result] = await Promise.all([
    api().then((caller) => caller.stats()),
    q ? runSearch({ q, section, entityType, cursor }) : Promise.resolve(null),
  ]);
  if (q.length >= 2) {
    await getQueryClient().prefetchQuery(
      trpc.entity.list.queryOptions({ query: q, limit: SUGGESTION_LIMIT }),
    );
  }

  return (
    <>
      <header className="page-head">
        <h1>{q ? `Search results for “${q}”` : "Search"}</h1>
        <p>Find articles by their words, or by the people, places and organizations in them.</p>
      </header>
      <search>
        <form action="/search" method="get" className="search-form">
          <TRPCReactProvider>
            <HydrateClient>
              <SearchBox initialQuery={q} />
            </HydrateClient>
          </TRPCReactProvider>
          <div className="search-form__row">
            <label className="field" htmlFor="section">
              Section
              <select id="section" name="section" defaultValue={section ?? ""}>
                <option value="">All sections</option>
                {stats.sections.map((s) => (
                  <option key={s.name} value={s.name}>
                    {sectionLabel(s.name)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field" htmlFor="type">
              Mentions
              <select id="type" name="type" defaultValue={entityType ?? ""}>
                <option value="">Anything</option>
                {EntityType.options.map((type) => (
                  <option key={type} value={type}>
                    {entityTypePlural[type]}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">Search</button>
          </div>
        </form>
      </search>

      {result === null ? (
        <EmptyState title="What are you looking for?">
          <p>Type a word or a name, such as a person, a country or a company, and press Search.</p>
        </EmptyState>
      ) : !result.ok ? (
        <EmptyState title="That search could not be run">
          <p>
            The query or the page link is not valid. Try fewer or simpler words, and start again
            from the first page.
          </p>
        </EmptyState>
      ) : result.page.items.length === 0 ? (
        <EmptyState title={`Nothing found for “${q}”`}>
          <p>Check the spelling, use fewer words, or remove the filters.</p>
        </EmptyState>
      ) : (
        <section aria-labelledby="results">
          <h2 id="results" className="section-title">
            Results
          </h2>
          <ol className="cards">
            {result.page.items.map((hit) => (
              <li key={hit.id}>
                <ArticleCard article={hit} headingLevel={3}>
                  {hit.snippet.length > 0 ? <Snippet parts={hit.snippet} /> : undefined}
                </ArticleCard>
              </li>
            ))}
          </ol>
          <Pager
            firstHref={cursor ? withQuery("/search", { q, section, type: entityType }) : undefined}
            nextHref={
              result.page.nextCursor
                ? withQuery("/search", {
                    q,
                    section,
                    type: entityType,
                    cursor: result.page.nextCursor,
                  })
                : undefined
            }
            nextLabel="More results"
          />
        </section>
      )}
    </>
  );
}
