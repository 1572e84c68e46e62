import { siteName } from "./site";

/** Head data every page carries, shared by the App Router metadata and the Pages Router head. */
export const themeColors = [
  { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
  { media: "(prefers-color-scheme: dark)", color: "#121416" },
] as const;

export const feeds = [
  { type: "application/rss+xml", url: "/feed.xml", title: `${siteName} (RSS)` },
  { type: "application/atom+xml", url: "/atom.xml", title: `${siteName} (Atom)` },
] as const;

/** The home page's document title, and the title of pages that set none. */
export const homeTitle = `${siteName}: the latest news`;

/** The document title of a page: "Page | Site". */
export function pageTitle(title: string): string {
  return `${title} | ${siteName}`;
}
