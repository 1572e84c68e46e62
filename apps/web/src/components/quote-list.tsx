import { formatDate } from "~/lib/dates";
import { articlePath, entityPath } from "~/lib/site";

export interface QuoteItem {
  text: string;
  speaker?: string;
  speakerSlug?: string;
  channel?: string;
  article?: { slug: string; title: string; publishedAt?: string };
}

function Speaker({ quote }: { quote: QuoteItem }) {
  const name = quote.speaker ?? "Unattributed";
  return (
    <cite>{quote.speakerSlug ? <a href={entityPath(quote.speakerSlug)}>{name}</a> : name}</cite>
  );
}

/** Attributed quotations: the words, who said them, where, and in which article. */
export function QuoteList({ quotes }: { quotes: QuoteItem[] }) {
  return (
    <ul className="quote-list">
      {quotes.map((quote, index) => (
        <li key={index}>
          <figure>
            <blockquote>
              <p>“{quote.text}”</p>
            </blockquote>
            <figcaption>
              <Speaker quote={quote} />
              {quote.channel ? `, on ${quote.channel}` : null}
            </figcaption>
          </figure>
          {quote.article ? (
            <p className="quote-source">
              In <a href={articlePath(quote.article.slug)}>{quote.article.title}</a>
              {quote.article.publishedAt ? (
                <>
                  {", "}
                  <time dateTime={quote.article.publishedAt}>
                    {formatDate(quote.article.publishedAt)}
                  </time>
                </>
              ) : null}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
