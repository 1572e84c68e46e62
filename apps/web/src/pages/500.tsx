import Head from "next/head";
import { ErrorMessage, errorTitle } from "~/components/error-message";
import { pageTitle } from "~/lib/site-head";

/** A failure while rendering the article page; without JavaScript, trying again means reloading. */
export const config = { unstable_runtimeJS: false };

export default function ServerErrorPage() {
  return (
    <>
      <Head>
        <title key="title">{pageTitle(errorTitle)}</title>
        <meta name="robots" content="noindex" />
      </Head>
      <ErrorMessage
        action={
          <>
            Reload the page to try again, or read the <a href="/">latest articles</a>.
          </>
        }
      />
    </>
  );
}
