import { type EntitySummary, EntityType } from "@news/schema";
import type { Metadata } from "next";
import { EmptyState } from "~/components/empty-state";
import { FilterChips } from "~/components/filter-chips";
import { withQuery } from "~/components/pager";
import { entityTypePlural } from "~/lib/entity-types";
import { param, type SearchParams } from "~/lib/params";
import { plural } from "~/lib/plural";
import { entityPath } from "~/lib/site";
import { api } from "~/trpc/caller";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "People, places and organizations",
  description: "Everyone and everything the articles mention, with their articles and quotations.",
  alternates: { canonical: "/entities" },
};

const PER_TYPE = 60;

function EntityGroup({ type, entities }: { type: EntityType; entities: EntitySummary[] }) {
  return (
    <section aria-labelledby={`group-${type}`}>
      <h2 id={`group-${type}`} className="section-title">
        {entityTypePlural[type]}
      </h2>
      <ul className="entity-list">
        {entities.map((entity) => (
          <li key={entity.slug}>
            <a href={entityPath(entity.slug)}>{entity.name}</a>
            <span className="count">{plural(entity.articleCount, "article")}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function EntitiesPage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = EntityType.safeParse(param((await searchParams).type));
  const selected = parsed.success ? parsed.data : undefined;
  const types = selected ? [selected] : EntityType.options;
  const caller = await api();
  const groups = (
    await Promise.all(
      types.map(async (type) => ({
        type,
        entities: await caller.entity.list({ type, limit: selected ? 500 : PER_TYPE }),
      })),
    )
  ).filter((group) => group.entities.length > 0);

  return (
    <>
      <header className="page-head">
        <h1>{selected ? entityTypePlural[selected] : "People, places and organizations"}</h1>
        <p>Everyone and everything the articles mention, most mentioned first.</p>
      </header>
      <FilterChips
        label="Entity types"
        all={{ label: "Everything", href: "/entities" }}
        options={EntityType.options.map((type) => ({
          value: type,
          label: entityTypePlural[type],
          href: withQuery("/entities", { type }),
        }))}
        selected={selected}
      />
      {groups.length === 0 ? (
        <EmptyState title="No names yet">
          <p>
            Once articles are indexed, the people, places and organizations they mention show here.
          </p>
        </EmptyState>
      ) : (
        <div className="entity-groups">
          {groups.map((group) => (
            <EntityGroup key={group.type} type={group.type} entities={group.entities} />
          ))}
        </div>
      )}
    </>
  );
}
