import type { ArticleSummary } from "@news/schema";
import type { ReactNode } from "react";
import { articlePath } from "~/lib/site";
import { PublishedDate } from "./published-date";

interface ArticleCardProps {
  article: ArticleSummary;
  headingLevel?: 2 | 3;
  /** Replaces the summary, e.g. with a highlighted search snippet. */
  children?: ReactNode;
}

export function ArticleCard({ article, headingLevel = 2, children }: ArticleCardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card">
      {article.section ? (
        <p className="kicker">
          <a href={`/?section=${encodeURIComponent(article.section)}`}>{article.section}</a>
        </p>
      ) : null}
      <Heading>
        <a href={articlePath(article.slug)}>{article.title}</a>
      </Heading>
      {children ?? (article.summary ? <p className="card__lede">{article.summary}</p> : null)}
      <p className="meta">
        <PublishedDate publishedAt={article.publishedAt} indexedAt={article.indexedAt} />
        {article.byline ? (
          <span>{article.byline.authors.join(", ") || article.byline.raw}</span>
        ) : null}
        <span>{article.readingTimeMinutes || 1} min read</span>
      </p>
    </article>
  );
}

export function ArticleList({
  articles,
  headingLevel,
  grid = false,
}: {
  articles: ArticleSummary[];
  headingLevel?: 2 | 3;
  grid?: boolean;
}) {
  return (
    <ul className={grid ? "cards cards--grid" : "cards"}>
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
