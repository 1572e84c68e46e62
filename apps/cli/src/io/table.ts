import Table from "cli-table3";
import type { Colors } from "./terminal.js";

export interface Column {
  header: string;
  /** Right-align numbers. */
  align?: "left" | "right";
  /** Widest the column may get; longer cells end with an ellipsis. */
  maxWidth?: number;
}

const NO_BORDERS = {
  top: "",
  "top-mid": "",
  "top-left": "",
  "top-right": "",
  bottom: "",
  "bottom-mid": "",
  "bottom-left": "",
  "bottom-right": "",
  left: "",
  "left-mid": "",
  mid: "",
  "mid-mid": "",
  right: "",
  "right-mid": "",
  middle: "  ",
};

function widthOf(column: Column, rows: string[][], index: number): number {
  const longest = Math.max(column.header.length, ...rows.map((row) => (row[index] ?? "").length));
  return Math.min(longest, column.maxWidth ?? longest) + 1;
}

/** A borderless, aligned table: the tidy output of `list`, `entities` and friends. */
export function renderTable(columns: Column[], rows: string[][], colors: Colors): string {
  const table = new Table({
    head: columns.map((column) => colors.bold(column.header)),
    chars: NO_BORDERS,
    style: { head: [], border: [], "padding-left": 0, "padding-right": 0 },
    colWidths: columns.map((column, index) => widthOf(column, rows, index)),
    colAligns: columns.map((column) => column.align ?? "left"),
    wordWrap: false,
    truncate: "…",
  });
  table.push(...rows);
  return `${table
    .toString()
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")}\n`;
}
