import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Article, TextSpan } from "@news/schema";
import { articleText } from "./article-text.js";

/**
 * Stored articles are raw deflate behind a one-byte format tag, so the encoding can change without a data
 * migration. Format 2 packs entity mentions (see packMentions); format 1 documents still decode.
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

/** An article as stored: its running text and the rest of the document, each compressed. */
export interface StoredArticle {
  doc: Buffer;
  text: Buffer;
}

/**
 * Splits the running text out of the document, so the search index can read it (for snippets) without
 * parsing the JSON; the document keeps each block's length to cut the text back into blocks.
 */
export function encodeArticle(article: Article): StoredArticle {
  const lengths = article.blocks.map((block) => block.text.length);
  const rest = {
    ...article,
    blocks: article.blocks.map((block) => ({ ...block, text: "" })),
    entities: article.entities.map((entity) => {
      const packed = packMentions(entity.mentions);
      return packed ? { ...entity, mentions: packed } : entity;
    }),
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

export function decodeArticle(stored: StoredArticle): Article {
  const textBytes = inflateRawSync(untagged(stored.text));
  const json = inflateRawSync(untagged(stored.doc), { dictionary: dictionaryFor(textBytes) });
  const [lengths, article] = JSON.parse(json.toString("utf8")) as [number[], Article];
  for (const entity of article.entities) {
    const mentions: unknown[] = entity.mentions;
    if (typeof mentions[0] === "number") entity.mentions = unpackMentions(mentions as number[]);
  }
  const text = textBytes.toString("utf8");
  let offset = article.subtitle ? article.subtitle.length + 1 : 0;
  article.blocks.forEach((block, i) => {
    const length = lengths[i] ?? 0;
    block.text = text.slice(offset, offset + length);
    offset += length + 1;
  });
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
