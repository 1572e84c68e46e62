import type { EntityType } from "@news/schema";
import { EXIT_OK } from "../errors.js";
import { printNote } from "../io/messages.js";
import { withIndex } from "../io/store-access.js";
import { renderTable } from "../io/table.js";
import { stdoutColors } from "../io/terminal.js";

export interface EntitiesCommandOptions {
  type?: EntityType;
  limit: number;
  db?: string;
  json?: boolean;
}

/** `news entities`: people, organizations and places by how many articles mention them. */
export async function entitiesCommand(
  query: string | undefined,
  options: EntitiesCommandOptions,
): Promise<number> {
  const entities = await withIndex(options.db, (store) =>
    store.listEntities({
      limit: options.limit,
      ...(options.type === undefined ? {} : { type: options.type }),
      ...(query === undefined ? {} : { query }),
    }),
  );
  if (options.json) {
    process.stdout.write(`${JSON.stringify(entities, null, 2)}\n`);
    return EXIT_OK;
  }
  if (entities.length === 0) {
    printNote("no entities found");
    return EXIT_OK;
  }
  const rows = entities.map((entity) => [
    entity.name,
    entity.type,
    String(entity.articleCount),
    String(entity.mentionCount),
    entity.slug,
  ]);
  const columns = [
    { header: "NAME", maxWidth: 40 },
    { header: "TYPE" },
    { header: "ARTICLES", align: "right" as const },
    { header: "MENTIONS", align: "right" as const },
    { header: "SLUG", maxWidth: 40 },
  ];
  process.stdout.write(renderTable(columns, rows, stdoutColors));
  return EXIT_OK;
}
