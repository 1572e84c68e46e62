import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { siteDescription, siteName, siteUrl } from "~/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${siteName}: the latest news`, template: `%s | ${siteName}` },
  description: siteDescription,
  applicationName: siteName,
  alternates: {
    types: {
      "application/rss+xml": [{ url: "/feed.xml", title: `${siteName} (RSS)` }],
      "application/atom+xml": [{ url: "/atom.xml", title: `${siteName} (Atom)` }],
    },
  },
  openGraph: { siteName, type: "website", locale: "en_GB" },
  twitter: { card: "summary" },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#121416" },
  ],
};

const navigation = [
  { href: "/", label: "Latest" },
  { href: "/entities", label: "People & places" },
  { href: "/quotes", label: "Who said what" },
  { href: "/search", label: "Search" },
] as const;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
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
      </body>
    </html>
  );
}
