import { z } from "zod";
import {
  Article,
  Block,
  Byline,
  Dateline,
  Entity,
  Figure,
  IsoDate,
  Quote,
  Source,
  TextSpan,
  Warning,
} from "./article.js";

/** The parts that get a named entry in `$defs`, so the JSON Schema reads like the Zod source. */
const NAMED_PARTS = {
  IsoDate,
  TextSpan,
  Dateline,
  Byline,
  Block,
  Quote,
  Entity,
  Figure,
  Source,
  Warning,
};

/**
 * The JSON Schema (draft 2020-12) of `Article`, as committed in `article.schema.json`.
 * It describes the accepted input, so fields added later within schema version 1 stay valid
 * for older readers. The cross-field invariants are not expressible there: run
 * `validateArticle` for a full check.
 */
export function articleJsonSchema(): Record<string, unknown> {
  const names = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(NAMED_PARTS)) names.add(schema, { id });
  const { $schema, ...rest } = z.toJSONSchema(Article, {
    target: "draft-2020-12",
    io: "input",
    metadata: names,
    // A custom registry hides the descriptions that `.describe()` keeps in the global one.
    override: ({ zodSchema, jsonSchema }) => {
      const description = z.globalRegistry.get(zodSchema)?.description;
      if (description !== undefined) jsonSchema.description = description;
    },
  });
  return { $schema, title: "Article", ...rest };
}
