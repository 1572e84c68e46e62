import type { StoreStats } from "@news/schema";
import { EXIT_OK } from "../errors.js";
import { withIndex } from "../io/store-access.js";
import { renderTable } from "../io/table.js";
import { type Colors, stdoutColors } from "../io/terminal.js";

export interface StatsCommandOptions {
  db?: string;
  json?: boolean;
}

function renderStats(stats: StoreStats, colors: Colors): string {
  const number = (value: number) => value.toLocaleString("en-US");
  const rows = [
    ["articles", number(stats.articles)],
    ["words", number(stats.words)],
    ["quotes", number(stats.quotes)],
    ["figures", number(stats.figures)],
    ...Object.entries(stats.entities).map(([type, count]) => [
      `entities: ${type}`,
      number(count ?? 0),
    ]),
  ];
  const counts = renderTable([{ header: "" }, { header: "", align: "right" }], rows, colors);
  const lastIndexed = `last indexed ${stats.lastIndexedAt ?? "never"}`;
  const summary = `${counts.replace(/^\s*\n/, "")}${lastIndexed}\n`;
  if (stats.sections.length === 0) return summary;
  const sections = renderTable(
    [{ header: "SECTION" }, { header: "ARTICLES", align: "right" }],
    stats.sections.map((section) => [section.name, number(section.count)]),
    colors,
  );
  return `${summary}\n${sections}`;
}

/** `news stats`: what the index holds. */
export async function statsCommand(options: StatsCommandOptions): Promise<number> {
  const stats = await withIndex(options.db, (store) => store.stats());
  process.stdout.write(
    options.json ? `${JSON.stringify(stats, null, 2)}\n` : renderStats(stats, stdoutColors),
  );
  return EXIT_OK;
}
