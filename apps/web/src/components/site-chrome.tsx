import type { ReactNode } from "react";
import { siteName } from "~/lib/site";

const navigation = [
  { href: "/", label: "Latest" },
  { href: "/entities", label: "People & places" },
  { href: "/quotes", label: "Who said what" },
  { href: "/search", label: "Search" },
] as const;

/**
 * The skip link, masthead, main landmark and footer around every page. Shared by the App Router
 * root layout and the Pages Router `_app` (the zero-JavaScript article page).
 */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="masthead">
        <div className="wrap masthead__inner">
          <a className="brand" href="/">
            {siteName}
          </a>
          <nav aria-label="Main">
            <ul className="nav">
              {navigation.map((item) => (
                <li key={item.href}>
                  <a href={item.href}>{item.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="wrap main">
        {children}
      </main>
      <footer className="footer">
        <div className="wrap footer__inner">
          <p>
            {siteName} is built from plain article files: every page is read from the index at
            request time.
          </p>
          <ul className="footer__links">
            <li>
              <a href="/feed.xml">RSS feed</a>
            </li>
            <li>
              <a href="/atom.xml">Atom feed</a>
            </li>
            <li>
              <a href="/sitemap.xml">Sitemap</a>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
