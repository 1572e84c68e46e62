import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteChrome } from "~/components/site-chrome";
import { siteDescription, siteName, siteUrl } from "~/lib/site";
import { feeds, homeTitle, pageTitle, themeColors } from "~/lib/site-head";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: homeTitle, template: pageTitle("%s") },
  description: siteDescription,
  applicationName: siteName,
  alternates: {
    types: Object.fromEntries(feeds.map(({ type, url, title }) => [type, [{ url, title }]])),
  },
  openGraph: { siteName, type: "website", locale: "en_GB" },
  twitter: { card: "summary" },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [...themeColors],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteChrome>{children}</SiteChrome>
      </body>
    </html>
  );
}
