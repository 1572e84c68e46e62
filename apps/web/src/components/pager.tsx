/** Keyset pagination: the next page is addressed by the cursor the store returned. */
export function Pager({
  firstHref,
  nextHref,
  nextLabel,
}: {
  firstHref?: string;
  nextHref?: string;
  nextLabel: string;
}) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav className="pager" aria-label="Pagination">
      {firstHref ? <a href={firstHref}>← Back to the first page</a> : <span />}
      {nextHref ? (
        <a href={nextHref} rel="next">
          {nextLabel} →
        </a>
      ) : null}
    </nav>
  );
}

/** Builds a path with a query string, dropping empty values. */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value) search.set(key, value);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
