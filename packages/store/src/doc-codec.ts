import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Article } from "@news/schema";
import { articleText } from "./article-text.js";

/**
 * Stored articles are raw deflate behind a one-byte format tag, so the encoding can change without a data
 * migration.
 */
const FORMAT_DEFLATE_V1 = 1;
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
  const rest = { ...article, blocks: article.blocks.map((block) => ({ ...block, text: "" })) };
  const json = Buffer.from(JSON.stringify([lengths, rest]), "utf8");
  const text = Buffer.from(articleText(article), "utf8");
  return {
    doc: tagged(deflateRawSync(json, { dictionary: dictionaryFor(text) })),
    text: tagged(deflateRawSync(text)),
  };
}

export function decodeText(stored: Uint8Array): string {
  return inflateRawSync(untagged(stored)).toString("utf8");
}

export function decodeArticle(stored: StoredArticle): Article {
  const textBytes = inflateRawSync(untagged(stored.text));
  const json = inflateRawSync(untagged(stored.doc), { dictionary: dictionaryFor(textBytes) });
  const [lengths, article] = JSON.parse(json.toString("utf8")) as [number[], Article];
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

function tagged(packed: Buffer): Buffer {
  return Buffer.concat([Buffer.of(FORMAT_DEFLATE_V1), packed]);
}

function untagged(stored: Uint8Array): Uint8Array {
  if (stored[0] !== FORMAT_DEFLATE_V1) {
    throw new Error(`unknown stored article format ${stored[0]}`);
  }
  return stored.subarray(1);
}
