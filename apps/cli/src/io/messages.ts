import { stderrColors } from "./terminal.js";

/** Messages go to standard error, so standard output carries only data. */
export function printError(message: string): void {
  process.stderr.write(`${stderrColors.red("news:")} ${message}\n`);
}

export function printWarning(message: string): void {
  process.stderr.write(`${stderrColors.yellow("news:")} ${message}\n`);
}

export function printNote(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** `path:line: reason`, the shape editors and terminals turn into links. */
export function formatLocation(path: string, line?: number): string {
  return line === undefined ? path : `${path}:${line}`;
}
