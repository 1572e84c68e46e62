import { formatDate } from "~/lib/dates";

/** The publication date, or when the site first saw the article if the file gives none. */
export function PublishedDate({
  publishedAt,
  indexedAt,
}: {
  publishedAt?: string;
  indexedAt?: string;
}) {
  if (publishedAt) return <time dateTime={publishedAt}>{formatDate(publishedAt)}</time>;
  if (indexedAt) {
    return (
      <span>
        Added <time dateTime={indexedAt}>{formatDate(indexedAt)}</time>
      </span>
    );
  }
  return null;
}
