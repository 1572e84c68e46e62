import wrapAnsi from "wrap-ansi";

/**
 * Wraps `text` at word boundaries to `width` columns, with `first` before the first line and
 * `rest` before the others. Without a width (a pipe or a file) the text stays on one line.
 */
export function indentWrapped(
  text: string,
  width: number | undefined,
  first = "",
  rest = first,
): string {
  if (width === undefined) return `${first}${text}`;
  const lines = wrapAnsi(text, Math.max(20, width - first.length), { hard: true }).split("\n");
  return lines.map((line, index) => `${index === 0 ? first : rest}${line}`).join("\n");
}
