import type { WriteStream } from "node:tty";
import { createColors } from "picocolors";

export type Colors = ReturnType<typeof createColors>;

interface StreamLike {
  isTTY?: boolean;
}

/**
 * Colour follows https://no-color.org and FORCE_COLOR: NO_COLOR (any non-empty value) turns it
 * off, FORCE_COLOR (other than "0") turns it on, otherwise only a terminal that is not "dumb" gets it.
 */
export function wantsColor(stream: StreamLike, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return stream.isTTY === true && env.TERM !== "dumb";
}

export const stdoutColors: Colors = createColors(wantsColor(process.stdout));
export const stderrColors: Colors = createColors(wantsColor(process.stderr));

/** Columns of the terminal; undefined for a pipe or a file, where lines are not cut. */
export function terminalWidth(
  stream: Partial<Pick<WriteStream, "columns" | "isTTY">>,
): number | undefined {
  return stream.isTTY === true && typeof stream.columns === "number" ? stream.columns : undefined;
}

/** Where running text wraps on a terminal: its width, but no wider than is comfortable to read. */
export function readingWidth(
  stream: Partial<Pick<WriteStream, "columns" | "isTTY">>,
): number | undefined {
  const width = terminalWidth(stream);
  return width === undefined ? undefined : Math.min(width, 100);
}
