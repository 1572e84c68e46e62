import Head from "next/head";
import { siteDescription, siteName } from "~/lib/site";
import { feeds, homeTitle, themeColors } from "~/lib/site-head";

/**
 * The head tags every Pages Router page carries, matching the App Router root layout's metadata.
 * Pages override a tag by rendering one with the same key.
 */
export function SiteHead() {
  return (
    <Head>
      <meta name="viewport" content="width=device-width, initial-scale=1" key="viewport" />
      <meta name="color-scheme" content="light dark" />
      {themeColors.map(({ media, color }) => (
        <meta key={media} name="theme-color" content={color} media={media} />
      ))}
      <title key="title">{homeTitle}</title>
      <meta name="description" content={siteDescription} key="description" />
      <meta name="application-name" content={siteName} />
      <meta name="format-detection" content="telephone=no" />
      {feeds.map(({ type, url, title }) => (
        <link key={url} rel="alternate" type={type} href={url} title={title} />
      ))}
      <meta property="og:type" content="website" key="og:type" />
      <meta property="og:site_name" content={siteName} />
      <meta property="og:locale" content="en_GB" />
      <meta name="twitter:card" content="summary" key="twitter:card" />
      <link rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any" />
    </Head>
  );
}
