import type { Machine } from "./machine.js";
import type { Stat } from "./stats.js";

/** One line of the benchmark table: our figure beside its anchor. */
export interface BenchRow {
  figure: string;
  unit: string;
  ours: Stat;
  anchor?: { name: string; stat: Stat };
  /** How to read the ratio, e.g. "ours / anchor (higher is better)". */
  ratio?: { value: number; reads: string };
  goal: string;
  met: boolean | undefined;
  command: string;
}

const format = (value: number): string => {
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1000) return Math.round(value).toLocaleString("en-US");
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toPrecision(2);
};

export const formatStat = (stat: Stat, unit: string): string =>
  `${format(stat.median)} ${unit} (±${(stat.spread * 50).toFixed(0)} %, n=${stat.samples})`;

const cell = (text: string): string => text.replaceAll("|", "\\|");

export function renderReport(rows: readonly BenchRow[], machine: Machine, date: Date): string {
  const when = date.toISOString().slice(0, 10);
  const where = `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`;
  const lines = [
    "# Benchmarks",
    "",
    "Written by `pnpm bench` (tooling/bench); do not edit by hand. Each pair ran interleaved",
    "(ours, anchor, ours, anchor, …) after warm-up rounds; a figure is the median, and ± is half the",
    "range of the samples relative to the median. The ratio compares medians. The parser's MB are 10^6 bytes.",
    "In the parser's throughput rows, the parser and its two anchors each run in a Node process of their",
    "own, so that no contender's garbage is collected during another's passes.",
    "",
    `Last run: ${when} on ${where}.`,
    "",
    "| figure | ours | anchor | ratio | goal | met | command | date | machine |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const row of rows) {
    const anchor = row.anchor
      ? `${row.anchor.name}: ${formatStat(row.anchor.stat, row.unit)}`
      : "—";
    const ratio = row.ratio ? `${format(row.ratio.value)}× (${row.ratio.reads})` : "—";
    const met = row.met === undefined ? "—" : row.met ? "yes" : "**no**";
    lines.push(
      `| ${[
        row.figure,
        formatStat(row.ours, row.unit),
        anchor,
        ratio,
        row.goal,
        met,
        `\`${row.command}\``,
        when,
        where,
      ]
        .map(cell)
        .join(" | ")} |`,
    );
  }
  lines.push("");
  return lines.join("\n");
}
