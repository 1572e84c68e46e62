"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { SUGGESTION_LIMIT } from "./suggestions";

const typeNames: Record<string, string> = {
  person: "person",
  organization: "organization",
  place: "place",
};

/**
 * The search field, plus people, places and organizations matching what is typed. The form works
 * without JavaScript; the suggestions for the current query arrive hydrated from the server.
 */
export function SearchBox({ initialQuery }: { initialQuery: string }) {
  const trpc = useTRPC();
  const [value, setValue] = useState(initialQuery);
  const [term, setTerm] = useState(initialQuery);

  useEffect(() => {
    const timer = setTimeout(() => setTerm(value.trim()), 250);
    return () => clearTimeout(timer);
  }, [value]);

  const entities = useQuery(
    trpc.entity.list.queryOptions(
      { query: term, limit: SUGGESTION_LIMIT },
      { enabled: term.length >= 2, placeholderData: keepPreviousData },
    ),
  );
  const matches = term.length >= 2 ? (entities.data ?? []) : [];

  return (
    <>
      <label className="field field--grow" htmlFor="q">
        Search articles
        <input
          id="q"
          name="q"
          type="search"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          maxLength={200}
          autoComplete="off"
          aria-describedby="suggestions"
        />
      </label>
      <div id="suggestions" className="suggestions" aria-live="polite">
        {matches.length > 0 ? (
          <>
            <p>People, places and organizations matching “{term}”:</p>
            <ul className="chips">
              {matches.map((entity) => (
                <li key={entity.slug}>
                  <a href={`/entities/${encodeURIComponent(entity.slug)}`}>
                    {entity.name}
                    <span className="visually-hidden">
                      , {typeNames[entity.type] ?? entity.type}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </>
  );
}
