import type { GetServerSideProps } from "next";
import { ArticleHead } from "~/components/article-head";
import { ArticleView } from "~/components/article-view";
import { type ArticlePageData, loadArticlePage } from "~/server/article-page";

/**
 * The article reading page ships no JavaScript at all: it is plain HTML and CSS. App Router pages
 * always load the App Router client runtime (about 131 kB gzipped), so this page lives in the
 * Pages Router, which can leave the runtime out (docs/architecture.md).
 */
export const config = { unstable_runtimeJS: false };

interface Props {
  data: ArticlePageData;
}

export const getServerSideProps: GetServerSideProps<Props, { slug: string }> = async ({
  params,
}) => {
  const data = params ? await loadArticlePage(params.slug) : null;
  return data ? { props: { data } } : { notFound: true };
};

export default function ArticlePage({ data }: Props) {
  return (
    <>
      <ArticleHead data={data} />
      <ArticleView data={data} />
    </>
  );
}
