import { EXIT_OK } from "../errors.js";
import { printNote } from "../io/messages.js";
import { collectPages, withIndex } from "../io/store-access.js";
import { renderTable } from "../io/table.js";
import { stdoutColors, terminalWidth } from "../io/terminal.js";

export interface ListCommandOptions {
  section?: string;
  entity?: string;
  from?: string;
  to?: string;
  limit: number;
  db?: string;
  json?: boolean;
}

/** `news list`: newest articles first, as a table or `--json`. */
export async function listCommand(options: ListCommandOptions): Promise<number> {
  const articles = await withIndex(options.db, (store) =>
    collectPages(
      (cursor, limit) =>
        store.listArticles({
          limit,
          ...(cursor === undefined ? {} : { cursor }),
          ...(options.section === undefined ? {} : { section: options.section }),
          ...(options.entity === undefined ? {} : { entity: options.entity }),
          ...(options.from === undefined ? {} : { from: options.from }),
          ...(options.to === undefined ? {} : { to: options.to }),
        }),
      options.limit,
    ),
  );
  if (options.json) {
    process.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
    return EXIT_OK;
  }
  if (articles.length === 0) {
    printNote("no articles found");
    return EXIT_OK;
  }
  const width = terminalWidth(process.stdout);
  // On a terminal, title and slug share what the date and section leave; in a pipe nothing is cut.
  const titleWidth = width === undefined ? undefined : Math.max(24, Math.floor((width - 30) / 2));
  const rows = articles.map((article) => [
    (article.publishedAt ?? article.indexedAt).slice(0, 10),
    article.section ?? "",
    article.title,
    article.slug,
  ]);
  const columns = [
    { header: "DATE" },
    { header: "SECTION", maxWidth: 14 },
    { header: "TITLE", ...(titleWidth === undefined ? {} : { maxWidth: titleWidth }) },
    { header: "SLUG", ...(titleWidth === undefined ? {} : { maxWidth: titleWidth }) },
  ];
  process.stdout.write(renderTable(columns, rows, stdoutColors));
  return EXIT_OK;
}
