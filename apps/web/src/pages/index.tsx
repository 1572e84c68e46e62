import type { GetServerSideProps } from "next";
import Head from "next/head";
import { type HomeData, HomeView } from "~/components/home-view";
import { withQuery } from "~/components/pager";
import { isTrpcError } from "~/lib/errors";
import { param } from "~/lib/params";
import { sectionLabel } from "~/lib/sections";
import { absoluteUrl } from "~/lib/site";
import { homeTitle, pageTitle } from "~/lib/site-head";
import { api } from "~/trpc/caller";

/** The home page only links and has a plain GET form: like the article page, it ships no JavaScript. */
export const config = { unstable_runtimeJS: false };

interface Props {
  data: HomeData;
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ query }) => {
  const section = param(query.section) ?? null;
  const cursor = param(query.cursor) ?? null;
  const caller = await api();
  const [stats, page] = await Promise.all([
    caller.stats(),
    caller.article
      .list({ section: section ?? undefined, cursor: cursor ?? undefined, limit: 12 })
      .catch((error: unknown) => {
        if (isTrpcError(error, "BAD_REQUEST")) return null;
        throw error;
      }),
  ]);
  return { props: { data: { section, cursor, stats, page } } };
};

export default function HomePage({ data }: Props) {
  const section = data.section ?? undefined;
  return (
    <>
      <Head>
        <title key="title">
          {section ? pageTitle(`${sectionLabel(section)}: latest articles`) : homeTitle}
        </title>
        <link rel="canonical" href={absoluteUrl(withQuery("/", { section }))} />
      </Head>
      <HomeView data={data} />
    </>
  );
}
