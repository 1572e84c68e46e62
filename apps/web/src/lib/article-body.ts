import type { Article, Block, Quote } from "@news/schema";

/** A stretch of a block's text, optionally linked to an entity page. */
export interface Segment {
  text: string;
  href?: string;
}

export type BodyItem =
  | { kind: "block"; index: number; block: Block; segments: Segment[] }
  | { kind: "list"; index: number; items: { index: number; segments: Segment[] }[] }
  | { kind: "pullquote"; index: number; quote: Quote & { speaker: string } };

interface LinkSpan {
  start: number;
  end: number;
  href: string;
}

const PULL_QUOTE_MIN = 40;
const PULL_QUOTE_MAX = 280;
const PULL_QUOTE_LIMIT = 2;
/** A pull quote goes this many blocks after its source, so it does not sit beside the same words. */
const PULL_QUOTE_OFFSET = 2;

/** The first mention of each linked entity, by block: one link per entity keeps the text readable. */
function firstMentionLinks(article: Article, hrefFor: (entityId: string) => string | undefined) {
  const byBlock = new Map<number, LinkSpan[]>();
  for (const entity of article.entities) {
    const href = hrefFor(entity.id);
    if (!href) continue;
    const first = [...entity.mentions].sort(
      (a, b) => a.blockIndex - b.blockIndex || a.start - b.start,
    )[0];
    const block = first ? article.blocks[first.blockIndex] : undefined;
    if (!first || !block || block.type === "related" || first.end > block.text.length) continue;
    const spans = byBlock.get(first.blockIndex) ?? [];
    spans.push({ start: first.start, end: first.end, href });
    byBlock.set(first.blockIndex, spans);
  }
  return byBlock;
}

export function segmentText(text: string, links: LinkSpan[] = []): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const link of [...links].sort((a, b) => a.start - b.start)) {
    if (link.start < cursor || link.end <= link.start) continue;
    if (link.start > cursor) segments.push({ text: text.slice(cursor, link.start) });
    segments.push({ text: text.slice(link.start, link.end), href: link.href });
    cursor = link.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}

/** Statement quotations with a known speaker and a quotable length, at most two, in reading order. */
export function pickPullQuotes(article: Article): (Quote & { speaker: string })[] {
  return article.quotes
    .filter(
      (q): q is Quote & { speaker: string } =>
        q.kind === "statement" &&
        typeof q.speaker === "string" &&
        (q.speakerType === "person" || q.speakerType === "organization") &&
        q.text.length >= PULL_QUOTE_MIN &&
        q.text.length <= PULL_QUOTE_MAX &&
        article.blocks[q.blockIndex]?.type !== "quote",
    )
    .slice(0, PULL_QUOTE_LIMIT);
}

/**
 * Turns blocks into what the page renders: list items grouped, entity mentions linked, and pull
 * quotes placed after the paragraph where the quotation ends.
 */
export function buildBody(
  article: Article,
  hrefFor: (entityId: string) => string | undefined,
): BodyItem[] {
  const links = firstMentionLinks(article, hrefFor);
  const pullQuotes = new Map<number, (Quote & { speaker: string })[]>();
  const lastBlock = article.blocks.length - 1;
  for (const quote of pickPullQuotes(article)) {
    const after = Math.min(
      (quote.endBlockIndex ?? quote.blockIndex) + PULL_QUOTE_OFFSET,
      lastBlock,
    );
    pullQuotes.set(after, [...(pullQuotes.get(after) ?? []), quote]);
  }

  const items: BodyItem[] = [];
  article.blocks.forEach((block, index) => {
    const segments = segmentText(block.text, links.get(index));
    const previous = items.at(-1);
    if (block.type === "list-item") {
      if (previous?.kind === "list") previous.items.push({ index, segments });
      else items.push({ kind: "list", index, items: [{ index, segments }] });
    } else {
      items.push({ kind: "block", index, block, segments });
    }
    for (const quote of pullQuotes.get(index) ?? []) {
      items.push({ kind: "pullquote", index, quote });
    }
  });
  return items;
}
