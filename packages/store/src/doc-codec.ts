import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Article } from "@news/schema";

/**
 * Article documents are stored as raw deflate with a preset dictionary of the JSON keys every article
 * repeats, behind a one-byte format tag so the encoding can change without a data migration.
 */
const FORMAT_DEFLATE_V1 = 1;
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

export function encodeArticle(article: Article): Buffer {
  const json = Buffer.from(JSON.stringify(article), "utf8");
  const packed = deflateRawSync(json, { dictionary: DICTIONARY });
  return Buffer.concat([Buffer.of(FORMAT_DEFLATE_V1), packed]);
}

export function decodeArticle(stored: Uint8Array): Article {
  const format = stored[0];
  if (format !== FORMAT_DEFLATE_V1) throw new Error(`unknown article document format ${format}`);
  const json = inflateRawSync(stored.subarray(1), { dictionary: DICTIONARY });
  return JSON.parse(json.toString("utf8")) as Article;
}
