import { z } from "zod";

/** An ISO 8601 date or date-time string, as written by `Date.prototype.toISOString` or a calendar date. */
export const IsoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/,
    "expected an ISO 8601 date such as 2025-12-11 or 2025-12-11T09:30:00Z",
  )
  .describe("ISO 8601 date or date-time");
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * A half-open range `[start, end)` of UTF-16 code units in `blocks[blockIndex].text`, so that
 * `blocks[blockIndex].text.slice(start, end)` is the text it covers.
 */
export const TextSpan = z
  .object({
    blockIndex: z.number().int().nonnegative().describe("Index into `blocks`"),
    start: z.number().int().nonnegative().describe("UTF-16 code-unit offset, inclusive"),
    end: z
      .number()
      .int()
      .nonnegative()
      .describe(
        "UTF-16 code-unit offset, exclusive; in blocks[endBlockIndex] when a quote sets endBlockIndex",
      ),
  })
  .describe(
    "A half-open range [start, end) of UTF-16 code units: blocks[blockIndex].text.slice(start, end) is the text it covers",
  );
export type TextSpan = z.infer<typeof TextSpan>;

export const Dateline = z
  .object({
    raw: z
      .string()
      .min(1)
      .describe('The dateline as written, such as "NEW DELHI, Dec 11 (Reuters) -"'),
    place: z.string().min(1).optional().describe('The place in title case, such as "New Delhi"'),
    date: z.string().min(1).optional().describe('The date as written, such as "Dec 11"'),
    agency: z.string().min(1).optional().describe('The news agency, such as "Reuters"'),
  })
  .describe("The lead-in that opens wire copy: place, date and agency");
export type Dateline = z.infer<typeof Dateline>;

export const Byline = z.object({
  raw: z.string().min(1).describe('The byline as written, such as "By Jane Doe and John Roe"'),
  authors: z.array(z.string().min(1)).describe("Author names, in the order given"),
});
export type Byline = z.infer<typeof Byline>;

export const BlockType = z.enum([
  "paragraph",
  "heading",
  "related",
  "credit",
  "quote",
  "list-item",
]);
export type BlockType = z.infer<typeof BlockType>;

export const Block = z.object({
  type: BlockType,
  text: z.string().describe("Plain text of the block, markup removed"),
  level: z.number().int().min(1).max(6).optional().describe("Heading level, for headings"),
  url: z.string().min(1).optional().describe("Link target, for related blocks"),
  label: z
    .string()
    .min(1)
    .optional()
    .describe('The lead-in of a related block, such as "ALSO READ"'),
  line: z
    .number()
    .int()
    .positive()
    .optional()
    .describe("1-based line of the source where the block starts"),
});
export type Block = z.infer<typeof Block>;

export const SpeakerType = z.enum(["person", "organization", "statement", "document", "unknown"]);
export type SpeakerType = z.infer<typeof SpeakerType>;

export const QuoteKind = z.enum(["statement", "fragment", "term"]);
export type QuoteKind = z.infer<typeof QuoteKind>;

export const Quote = TextSpan.extend({
  text: z.string().min(1).describe("The quoted words, without the quotation marks"),
  speaker: z
    .string()
    .min(1)
    .optional()
    .describe('Who said it, by canonical name, such as "Narendra Modi"'),
  speakerType: SpeakerType.optional(),
  speakerEntityId: z
    .string()
    .min(1)
    .optional()
    .describe("The `entities[].id` of the speaker, when known"),
  channel: z.string().min(1).optional().describe('Where it was said, such as "X"'),
  kind: QuoteKind.describe(
    "statement: a full quotation; fragment: a quoted phrase; term: a quoted word or name",
  ),
  endBlockIndex: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe(
      'For a quotation that runs over several paragraphs, the index of its last block. Its text is then the slice from `start` in blocks[blockIndex] to `end` in blocks[endBlockIndex], with the blocks joined by a blank line ("\\n\\n")',
    ),
});
export type Quote = z.infer<typeof Quote>;

export const EntityType = z.enum(["person", "organization", "place", "event", "product", "other"]);
export type EntityType = z.infer<typeof EntityType>;

export const Entity = z.object({
  id: z.string().min(1).describe('Stable within the article, such as "person:narendra-modi"'),
  type: EntityType,
  name: z.string().min(1).describe('Canonical name, such as "Narendra Modi"'),
  aliases: z.array(z.string().min(1)).describe('Every other form the article uses, such as "Modi"'),
  mentions: z.array(TextSpan),
});
export type Entity = z.infer<typeof Entity>;

export const FigureKind = z.enum(["percent", "money", "count", "quantity", "year", "other"]);
export type FigureKind = z.infer<typeof FigureKind>;

export const Figure = TextSpan.extend({
  kind: FigureKind,
  value: z.number().describe('The numeric value, scaled: "5.93 mln" is 5930000'),
  unit: z
    .string()
    .min(1)
    .optional()
    .describe('Unit of a count or quantity, such as "jobs" or "km"'),
  currency: z.string().length(3).optional().describe("ISO 4217 code, for money"),
  text: z.string().min(1).describe("The figure as written"),
});
export type Figure = z.infer<typeof Figure>;

export const SourceFormat = z.enum(["text", "markdown", "html"]);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const Source = z.object({
  format: SourceFormat,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "expected a lowercase hex SHA-256"),
  bytes: z.number().int().nonnegative(),
  path: z.string().min(1).optional(),
  encoding: z.string().min(1).optional().describe('Detected encoding, such as "utf-8" or "latin1"'),
  url: z.string().min(1).optional().describe("Where the article was published, when known"),
});
export type Source = z.infer<typeof Source>;

export const Warning = z.object({
  code: z.string().min(1).describe('Machine-readable, such as "unbalanced-quote"'),
  message: z.string().min(1),
  line: z.number().int().positive().optional().describe("1-based line of the source"),
});
export type Warning = z.infer<typeof Warning>;

export const Article = z
  .object({
    schemaVersion: z.literal(1),
    id: z.string().min(1).describe("Stable id derived from the normalised content"),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected lowercase ASCII words joined by hyphens")
      .max(80),
    title: z.string().min(1),
    subtitle: z.string().min(1).optional(),
    dateline: Dateline.optional(),
    byline: Byline.optional(),
    publishedAt: IsoDate.optional(),
    updatedAt: IsoDate.optional(),
    language: z
      .string()
      .regex(
        /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/,
        "expected a BCP 47 language tag such as en or pt-BR",
      ),
    section: z.string().min(1).optional(),
    summary: z.string(),
    keywords: z.array(z.string().min(1)),
    blocks: z.array(Block),
    quotes: z.array(Quote),
    entities: z.array(Entity),
    figures: z.array(Figure),
    wordCount: z.number().int().nonnegative(),
    readingTimeMinutes: z.number().int().nonnegative(),
    source: Source,
    warnings: z.array(Warning),
  })
  .describe("A news article: schema version 1 of the @news/schema contract");
export type Article = z.infer<typeof Article>;
