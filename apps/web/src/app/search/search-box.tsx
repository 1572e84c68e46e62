"use client";

import type { EntitySummary } from "@news/schema";
import { createTRPCClient, httpLink } from "@trpc/client";
import { useEffect, useRef, useState } from "react";
import type { AppRouter } from "~/server/api/root";
import { SUGGESTION_LIMIT } from "./suggestions";

const typeNames: Record<string, string> = {
  person: "person",
  organization: "organization",
  place: "place",
};

/** The typed tRPC client, without React Query: the only call is one query per pause in typing. */
const client = createTRPCClient<AppRouter>({ links: [httpLink({ url: "/api/trpc" })] });

interface Suggestions {
  term: string;
  matches: EntitySummary[];
}

/**
 * The search field, plus people, places and organizations matching what is typed. The form works
 * without JavaScript; the suggestions for the current query come server-rendered, later ones are
 * asked for 250 ms after typing stops (the previous ones stay while the next load).
 */
export function SearchBox({
  initialQuery,
  initialMatches,
}: {
  initialQuery: string;
  initialMatches: EntitySummary[];
}) {
  const [value, setValue] = useState(initialQuery);
  const [term, setTerm] = useState(initialQuery);
  const [suggestions, setSuggestions] = useState<Suggestions>({
    term: initialQuery,
    matches: initialMatches,
  });
  const requested = useRef(initialQuery);

  useEffect(() => {
    const timer = setTimeout(() => setTerm(value.trim()), 250);
    return () => clearTimeout(timer);
  }, [value]);

  useEffect(() => {
    if (term.length < 2 || term === requested.current) return;
    requested.current = term;
    const controller = new AbortController();
    client.entity.list
      .query({ query: term, limit: SUGGESTION_LIMIT }, { signal: controller.signal })
      .then((matches) => setSuggestions({ term, matches }))
      // Aborted by newer typing, or the API failed: keep the suggestions already shown.
      .catch(() => undefined);
    return () => {
      controller.abort();
      requested.current = "";
    };
  }, [term]);

  const matches = term.length >= 2 ? suggestions.matches : [];

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
            <p>People, places and organizations matching “{suggestions.term}”:</p>
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
