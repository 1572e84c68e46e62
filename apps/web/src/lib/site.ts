export const siteName = "The Plain Record";
export const siteDescription =
  "News indexed from plain files: articles, who said what, and everything about the people, places and organizations in them.";

/** The public origin of the site, without a trailing slash. */
export function siteUrl(): string {
  const raw = process.env.NEWS_SITE_URL ?? "http://localhost:3000";
  return raw.replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

export function articlePath(slug: string): string {
  return `/articles/${encodeURIComponent(slug)}`;
}

export function entityPath(slug: string): string {
  return `/entities/${encodeURIComponent(slug)}`;
}
