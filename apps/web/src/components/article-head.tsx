import Head from "next/head";
import { absoluteUrl, articlePath } from "~/lib/site";
import { pageTitle } from "~/lib/site-head";
import type { ArticlePageData } from "~/server/article-page";

/** The article's title, description, canonical link, OpenGraph and Twitter tags. */
export function ArticleHead({ data: { article } }: { data: ArticlePageData }) {
  const url = absoluteUrl(articlePath(article.slug));
  const description = article.summary || article.title;
  const authors = article.byline?.authors ?? [];
  return (
    <Head>
      <title key="title">{pageTitle(article.title)}</title>
      <meta name="description" content={description} key="description" />
      {article.keywords.length > 0 ? (
        <meta name="keywords" content={article.keywords.join(",")} />
      ) : null}
      {authors.map((name) => (
        <meta key={`author-${name}`} name="author" content={name} />
      ))}
      <link rel="canonical" href={url} />
      <link rel="alternate" type="application/json" href={`${url}/json`} />
      <meta property="og:type" content="article" key="og:type" />
      <meta property="og:url" content={url} />
      <meta property="og:title" content={article.title} />
      <meta property="og:description" content={description} />
      {article.publishedAt ? (
        <meta property="article:published_time" content={article.publishedAt} />
      ) : null}
      {article.updatedAt ? (
        <meta property="article:modified_time" content={article.updatedAt} />
      ) : null}
      {article.section ? <meta property="article:section" content={article.section} /> : null}
      {authors.map((name) => (
        <meta key={`article-author-${name}`} property="article:author" content={name} />
      ))}
      {article.keywords.map((tag) => (
        <meta key={`tag-${tag}`} property="article:tag" content={tag} />
      ))}
      <meta name="twitter:title" content={article.title} />
      <meta name="twitter:description" content={description} />
    </Head>
  );
}
