import { StringDecoder } from "node:string_decoder";
import { constants, deflateRawSync, inflateRawSync } from "node:zlib";
import type { Article, Entity, TextSpan } from "@news/schema";
import { articleText } from "./article-text.js";
import { slugify } from "./slug.js";

/**
 * Stored articles are raw deflate behind a one-byte format tag, so the encoding can change without a data
 * migration. Format 2 packs entity mentions (see packMentions); format 1 documents still decode. Packed
 * figures and quotes (packSpanned) and entities without an id (usualEntityId) are told apart by their
 * shape, so documents written before them still decode under the same tag.
 */
const FORMAT_DEFLATE_V1 = 1;
const FORMAT_PACKED_MENTIONS = 2;
const WINDOW_BYTES = 32 * 1024;
const DICTIONARY = Buffer.from(
  [
    '"mentions":[{"blockIndex":0,"start":0,"end":0}]',
    '{"id":"person:","type":"person","name":"","aliases":[],',
    '{"id":"organization:","type":"organization","name":"","aliases":[],',
    '{"id":"place:","type":"place","name":"","aliases":[],',
    '"kind":"statement","speaker":"","speakerType":"person","speakerEntityId":"person:',
    '"kind":"fragment","kind":"term","kind":"percent","kind":"money","currency":"USD","kind":"count","kind":"year","value":',
    '"unit":"","text":"","blockIndex":',
    '{"type":"paragraph","text":"","line":',
    '"warnings":[],"figures":[],"quotes":[],"entities":[],"blocks":[],"keywords":[],',
    '"wordCount":0,"readingTimeMinutes":0,"source":{"format":"text","sha256":"","bytes":0,"path":"","encoding":"utf-8"},',
    '{"schemaVersion":1,"id":"","slug":"","title":"","language":"en","section":"","summary":"',
  ].join(""),
  "utf8",
);

/** The document's JSON: the article without its id, slug and title (older documents have them). */
type StoredDocument = Omit<Article, "id" | "slug" | "title"> &
  Partial<Pick<Article, "id" | "slug" | "title">>;

/** An entity as a document holds it: without its id when that is the usual one. */
type StoredEntity = Omit<Entity, "id"> & { id?: string };

/** An article as stored: its running text and the rest of the document, each compressed. */
export interface StoredArticle {
  doc: Buffer;
  text: Buffer;
}

/**
 * Splits the running text out of the document, so the search index can read it (for snippets) without
 * parsing the JSON; the document keeps each block's length to cut the text back into blocks. The id, slug
 * and title are left out: the article's row holds them (see decodeArticle).
 */
export function encodeArticle(article: Article): StoredArticle {
  const lengths = article.blocks.map((block) => block.text.length);
  const blockTexts = article.blocks.map((block) => block.text);
  const { id, slug, title, ...kept } = article;
  const rest = {
    ...kept,
    blocks: article.blocks.map((block) => ({ ...block, text: "" })),
    entities: article.entities.map(({ id, ...entity }) => {
      const packed = packMentions(entity.mentions);
      const stored = packed ? { ...entity, mentions: packed } : entity;
      return id === usualEntityId(entity) ? stored : { id, ...stored };
    }),
    quotes: packSpanned(article.quotes, blockTexts),
    figures: packSpanned(article.figures, blockTexts),
  };
  const json = Buffer.from(JSON.stringify([lengths, rest]), "utf8");
  const text = Buffer.from(articleText(article), "utf8");
  return {
    doc: tagged(FORMAT_PACKED_MENTIONS, deflateRawSync(json, { dictionary: dictionaryFor(text) })),
    text: tagged(FORMAT_PACKED_MENTIONS, deflateRawSync(text)),
  };
}

const SPAN_KEYS = "blockIndex,start,end";

/**
 * Mentions as one flat list of small numbers, three per mention: blocks advanced since the previous
 * mention, start (relative to the previous start when in the same block), length. Undefined when a mention
 * has any other shape, so it is stored as it is and always decodes to exactly what was stored.
 */
export function packMentions(mentions: TextSpan[]): number[] | undefined {
  const packed: number[] = [];
  let block = 0;
  let start = 0;
  for (const mention of mentions) {
    if (Object.keys(mention).join(",") !== SPAN_KEYS) return undefined;
    const sameBlock = mention.blockIndex === block;
    const values = [
      mention.blockIndex - block,
      mention.start - (sameBlock ? start : 0),
      mention.end - mention.start,
    ];
    if (!values.every((value) => Number.isSafeInteger(value) && value >= 0)) return undefined;
    packed.push(...values);
    block = mention.blockIndex;
    start = mention.start;
  }
  return packed;
}

type Spanned = TextSpan & { text: string };
/** A list of figures or quotes as stored: packed spans, and each item's other fields. */
type PackedSpanned = [spans: number[], rests: Record<string, unknown>[]];

/**
 * Figures and quotes with their spans packed as mentions are, each `text` left out when it is the text
 * its span covers (as it is for the parser's), so a number or a quotation is not stored twice. Left as it
 * is when a span has another shape, and when the list is empty.
 */
export function packSpanned<T extends Spanned>(
  items: T[],
  blockTexts: readonly string[],
): T[] | PackedSpanned {
  if (items.length === 0) return items;
  const spans = packMentions(
    items.map(({ blockIndex, start, end }) => ({ blockIndex, start, end })),
  );
  if (!spans) return items;
  const rests = items.map(({ blockIndex, start, end, text, ...rest }) =>
    blockTexts[blockIndex]?.slice(start, end) === text ? rest : { text, ...rest },
  );
  return [spans, rests];
}

export function unpackSpanned<T extends Spanned>(
  stored: T[] | PackedSpanned,
  blockTexts: readonly string[],
): T[] {
  if (!isPackedSpanned(stored)) return stored;
  const [spans, rests] = stored;
  // Decoding is on the path of every getArticle: the parsed items are completed in place rather than
  // copied into new objects (so their span and text come after their other fields).
  return unpackMentions(spans).map((span, i) => {
    const item = rests[i] ?? {};
    item.blockIndex = span.blockIndex;
    item.start = span.start;
    item.end = span.end;
    item.text ??= blockTexts[span.blockIndex]?.slice(span.start, span.end) ?? "";
    return item as T;
  });
}

function isPackedSpanned(stored: Spanned[] | PackedSpanned): stored is PackedSpanned {
  return Array.isArray(stored[0]);
}

/**
 * The id the parser gives an entity, `type:slug-of-name`; a document leaves out ids that are this, so
 * decoding depends on `slugify` staying as it is (slug.test.ts pins it).
 */
function usualEntityId(entity: Pick<Entity, "type" | "name">): string {
  return `${entity.type}:${slugify(entity.name)}`;
}

export function unpackMentions(packed: number[]): TextSpan[] {
  const mentions: TextSpan[] = [];
  let block = 0;
  let start = 0;
  for (let i = 0; i + 2 < packed.length; i += 3) {
    const advance = packed[i] ?? 0;
    block += advance;
    start = (advance === 0 ? start : 0) + (packed[i + 1] ?? 0);
    mentions.push({ blockIndex: block, start, end: start + (packed[i + 2] ?? 0) });
  }
  return mentions;
}

export function decodeText(stored: Uint8Array): string {
  return inflateRawSync(untagged(stored)).toString("utf8");
}

/**
 * At least the first `length` UTF-16 code units of the running text (all of it when shorter), inflating
 * only as much of it as that takes: a list entry's summary is a span near the start.
 */
export function decodeTextPrefix(stored: Uint8Array, length: number): string {
  const packed = untagged(stored);
  // Inflating the start of the stream gives the start of the text. Prose compresses to well under a byte
  // per character, so this much is almost always enough; when it is not, the whole text is inflated.
  const tryBytes = length + 64;
  if (tryBytes < packed.length) {
    const start = inflateRawSync(packed.subarray(0, tryBytes), {
      finishFlush: constants.Z_SYNC_FLUSH,
    });
    // The decoder holds back a character cut in half at the end instead of guessing it.
    const text = new StringDecoder("utf8").write(start);
    if (text.length >= length) return text;
  }
  return inflateRawSync(packed).toString("utf8");
}

/**
 * The article back from its stored parts. `identity` is the article's id, slug and title as its row holds
 * them, which a document leaves out (documents written before that hold the parser's, and the row's slug
 * replaces it: the store may have made it unique).
 */
export function decodeArticle(
  stored: StoredArticle,
  identity: Pick<Article, "id" | "slug" | "title">,
): Article {
  const textBytes = inflateRawSync(untagged(stored.text));
  const json = inflateRawSync(untagged(stored.doc), { dictionary: dictionaryFor(textBytes) });
  const [lengths, parsed] = JSON.parse(json.toString("utf8")) as [number[], StoredDocument];
  // The identity goes first, as the parser orders an article; a document that has its own keeps its id
  // and title, while the row's slug wins.
  const article: Article = Object.assign(
    { schemaVersion: parsed.schemaVersion, id: identity.id, slug: "", title: identity.title },
    parsed,
  );
  article.slug = identity.slug;
  article.entities = article.entities.map((stored: StoredEntity) => {
    const mentions: unknown[] = stored.mentions;
    if (typeof mentions[0] === "number") stored.mentions = unpackMentions(mentions as number[]);
    return stored.id === undefined
      ? Object.assign({ id: usualEntityId(stored) }, stored)
      : (stored as Entity);
  });
  const text = textBytes.toString("utf8");
  let offset = article.subtitle ? article.subtitle.length + 1 : 0;
  article.blocks.forEach((block, i) => {
    const length = lengths[i] ?? 0;
    block.text = text.slice(offset, offset + length);
    offset += length + 1;
  });
  const blockTexts = article.blocks.map((block) => block.text);
  article.quotes = unpackSpanned(article.quotes, blockTexts);
  article.figures = unpackSpanned(article.figures, blockTexts);
  return article;
}

/**
 * The document is compressed against the JSON keys and the article's own text, so names, quotations and
 * the summary it repeats from the text cost back-references; deflate looks back at most 32 KiB.
 */
function dictionaryFor(text: Buffer): Buffer {
  const room = WINDOW_BYTES - DICTIONARY.length;
  return Buffer.concat([DICTIONARY, text.length > room ? text.subarray(text.length - room) : text]);
}

function tagged(format: number, packed: Buffer): Buffer {
  return Buffer.concat([Buffer.of(format), packed]);
}

function untagged(stored: Uint8Array): Uint8Array {
  if (stored[0] !== FORMAT_DEFLATE_V1 && stored[0] !== FORMAT_PACKED_MENTIONS) {
    throw new Error(`unknown stored article format ${stored[0]}`);
  }
  return stored.subarray(1);
}
