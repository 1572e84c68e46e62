import type { Block } from "@news/schema";
import type { BodyItem, Segment } from "~/lib/article-body";
import { safeHttpUrl } from "~/lib/safe-url";

function Text({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) =>
    segment.href ? (
      <a key={index} href={segment.href}>
        {segment.text}
      </a>
    ) : (
      segment.text
    ),
  );
}

/** "Also read" cross-link: the published URL when it is http(s), else a search for the headline. */
function AlsoRead({ block }: { block: Block }) {
  const href = safeHttpUrl(block.url) ?? `/search?q=${encodeURIComponent(block.text)}`;
  return (
    <p className="also-read">
      <span className="also-read__label">{block.label ?? "Also read"}</span>
      <a href={href}>{block.text}</a>
    </p>
  );
}

function BlockView({ block, segments }: { block: Block; segments: Segment[] }) {
  switch (block.type) {
    case "heading":
      return (block.level ?? 2) <= 2 ? (
        <h2>
          <Text segments={segments} />
        </h2>
      ) : (
        <h3>
          <Text segments={segments} />
        </h3>
      );
    case "related":
      return <AlsoRead block={block} />;
    case "credit":
      return (
        <p className="credit">
          <Text segments={segments} />
        </p>
      );
    case "quote":
      return (
        <blockquote>
          <p>
            <Text segments={segments} />
          </p>
        </blockquote>
      );
    default:
      return (
        <p>
          <Text segments={segments} />
        </p>
      );
  }
}

export function ArticleBody({ items }: { items: BodyItem[] }) {
  return (
    <div className="body">
      {items.map((item) => {
        switch (item.kind) {
          case "list":
            return (
              <ul key={`list-${item.index}`}>
                {item.items.map((li) => (
                  <li key={li.index}>
                    <Text segments={li.segments} />
                  </li>
                ))}
              </ul>
            );
          case "pullquote":
            return (
              <figure className="pullquote" key={`pq-${item.quote.start}-${item.index}`}>
                <blockquote>
                  <p>{item.quote.text}</p>
                </blockquote>
                <figcaption>
                  <cite>{item.quote.speaker}</cite>
                </figcaption>
              </figure>
            );
          default:
            return <BlockView key={item.index} block={item.block} segments={item.segments} />;
        }
      })}
    </div>
  );
}
