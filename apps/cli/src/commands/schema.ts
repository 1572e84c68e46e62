import articleSchema from "@news/schema/article.schema.json" with { type: "json" };
import { writeDocument } from "../io/output.js";

/** `news schema`: the article JSON Schema (draft 2020-12), embedded at build time. */
export async function schemaCommand(options: { out?: string }): Promise<number> {
  await writeDocument(options.out, `${JSON.stringify(articleSchema, null, 2)}\n`);
  return 0;
}
