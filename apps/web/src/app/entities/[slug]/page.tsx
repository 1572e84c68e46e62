import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleList } from "~/components/article-card";
import { withQuery } from "~/components/pager";
import { QuoteList } from "~/components/quote-list";
import { entityTypeSingular } from "~/lib/entity-types";
import { orNull } from "~/lib/errors";
import { plural } from "~/lib/plural";
import { entityPath } from "~/lib/site";
import { api } from "~/trpc/caller";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

const loadEntity = cache((slug: string) =>
  orNull(async () => (await api()).entity.bySlug({ slug })),
);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const entity = await loadEntity((await params).slug);
  if (!entity) return { title: "Not found", robots: { index: false } };
  const description = `${entity.name}: ${plural(entity.articleCount, "article")} and ${plural(entity.quotes.length, "quotation")}.`;
  return {
    title: entity.name,
    description,
    alternates: { canonical: entityPath(entity.slug) },
    openGraph: { type: "profile", title: entity.name, description, url: entityPath(entity.slug) },
  };
}

export default async function EntityPage({ params }: { params: Params }) {
  const entity = await loadEntity((await params).slug);
  if (!entity) notFound();

  return (
    <>
      <header className="page-head">
        <p className="kicker">
          <a href={withQuery("/entities", { type: entity.type })}>
            {entityTypeSingular[entity.type]}
          </a>
        </p>
        <h1>{entity.name}</h1>
        <p>
          Mentioned {plural(entity.mentionCount, "time")} in{" "}
          {plural(entity.articleCount, "article")}
          {entity.aliases.length > 0 ? `, also written as ${entity.aliases.join(", ")}` : ""}.
        </p>
      </header>
      <div className="layout">
        <section aria-labelledby="articles">
          <h2 id="articles" className="section-title">
            Articles
          </h2>
          <ArticleList articles={entity.articles} headingLevel={3} />
        </section>
        <section aria-labelledby="quotes">
          <h2 id="quotes" className="section-title">
            {entity.type === "person" || entity.type === "organization"
              ? `What ${entity.name} said`
              : "Quotations"}
          </h2>
          {entity.quotes.length === 0 ? (
            <p className="meta">No attributed quotations yet.</p>
          ) : (
            <QuoteList
              quotes={entity.quotes.map((q) => ({
                text: q.text,
                speaker: q.speaker,
                channel: q.channel,
                article: { slug: q.articleSlug, title: q.articleTitle, publishedAt: q.publishedAt },
              }))}
            />
          )}
        </section>
      </div>
    </>
  );
}
