import { UsageError } from "../errors.js";

/** The site's origin without a trailing slash; a malformed URL is a usage error. */
export function normaliseSiteUrl(raw: string | undefined): string {
  const value = raw ?? process.env.NEWS_SITE_URL ?? "http://localhost:3000";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `--site-url: "${value}" is not an absolute URL such as https://news.example.com`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`--site-url: "${value}" must use http or https`);
  }
  return url.href.replace(/\/+$/, "");
}

/** The article's page on the web app (`/articles/<slug>`). */
export function articleUrl(siteUrl: string, slug: string): string {
  return `${siteUrl}/articles/${encodeURIComponent(slug)}`;
}
