import type { AppProps } from "next/app";
import { SiteChrome } from "~/components/site-chrome";
import { SiteHead } from "~/components/site-head";
import "../app/globals.css";

/** Every Pages Router page gets the same head tags, chrome and stylesheet as the App Router pages. */
export default function App({ Component, pageProps }: AppProps) {
  return (
    <>
      <SiteHead />
      <SiteChrome>
        <Component {...pageProps} />
      </SiteChrome>
    </>
  );
}
