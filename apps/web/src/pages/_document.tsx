import { Head, Html, Main, NextScript } from "next/document";

/** The document of the Pages Router pages (the home page, the article page and the error page). */
export default function Document() {
  return (
    <Html lang="en">
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
