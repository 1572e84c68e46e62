import type { Metadata } from "next";
import { EmptyState } from "~/components/empty-state";
import { FilterChips } from "~/components/filter-chips";
import { Pager, withQuery } from "~/components/pager";
import { QuoteList } from "~/components/quote-list";
import { isTrpcError } from "~/lib/errors";
import { param, type SearchParams } from "~/lib/params";
import { api } from "~/trpc/caller";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams;
}): Promise<Metadata> {
  const speaker = param((await searchParams).speaker);
  return {
    title: speaker ? `What ${speaker} said` : "Who said what",
    description: "Every attributed quotation in the articles, with who said it and where.",
    alternates: { canonical: withQuery("/quotes", { speaker }) },
  };
}

const SPEAKER_CHIPS = 12;

/** The most frequent named speakers among the latest quotations, for one-click filtering. */
async function frequentSpeakers(): Promise<{ name: string; filter: string }[]> {
  const latest = await (await api()).quote.list({ limit: 100 });
  const counts = new Map<string, { name: string; filter: string; count: number }>();
  for (const quote of latest.items) {
    if (!quote.speaker || quote.speakerType === "unknown") continue;
    const filter = quote.speakerSlug ?? quote.speaker;
    const entry = counts.get(filter) ?? { name: quote.speaker, filter, count: 0 };
    entry.count += 1;
    counts.set(filter, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).slice(0, SPEAKER_CHIPS);
}

export default async function QuotesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const speaker = param(params.speaker);
  const cursor = param(params.cursor);
  const speakers = await frequentSpeakers();
  const page = await (await api()).quote
    .list({ speaker, cursor, limit: 30 })
    .catch((error: unknown) => {
      if (isTrpcError(error, "BAD_REQUEST")) return null;
      throw error;
    });

  return (
    <>
      <header className="page-head">
        <h1>
          {speaker
            ? `Who said what: ${speakers.find((s) => s.filter === speaker)?.name ?? speaker}`
            : "Who said what"}
        </h1>
        <p>
          Every attributed quotation in the articles, newest first, with the article it is from.
        </p>
      </header>
      <form action="/quotes" method="get" className="search-form">
        <div className="search-form__row">
          <label className="field field--grow" htmlFor="speaker">
            Speaker
            <input
              id="speaker"
              name="speaker"
              type="text"
              defaultValue={speaker ?? ""}
              maxLength={200}
            />
          </label>
          <button type="submit">Filter</button>
        </div>
      </form>
      {speakers.length > 0 ? (
        <FilterChips
          label="Speakers"
          all={{ label: "Everyone", href: "/quotes" }}
          options={speakers.map((s) => ({
            value: s.filter,
            label: s.name,
            href: withQuery("/quotes", { speaker: s.filter }),
          }))}
          selected={speaker}
        />
      ) : null}
      {page === null ? (
        <EmptyState title="That filter could not be used">
          <p>Try a shorter name, and start again from the first page.</p>
        </EmptyState>
      ) : page.items.length === 0 ? (
        <EmptyState title={speaker ? `No quotations from “${speaker}”` : "No quotations yet"}>
          <p>
            {speaker
              ? "Check the spelling, or try part of the name."
              : "Quotations appear here as soon as indexed articles contain them."}
          </p>
        </EmptyState>
      ) : (
        <>
          <QuoteList
            quotes={page.items.map((q) => ({
              text: q.text,
              speaker: q.speaker,
              speakerSlug: q.speakerSlug,
              channel: q.channel,
              article: { slug: q.articleSlug, title: q.articleTitle, publishedAt: q.publishedAt },
            }))}
          />
          <Pager
            firstHref={cursor ? withQuery("/quotes", { speaker }) : undefined}
            nextHref={
              page.nextCursor
                ? withQuery("/quotes", { speaker, cursor: page.nextCursor })
                : undefined
            }
            nextLabel="More quotations"
          />
        </>
      )}
    </>
  );
}
