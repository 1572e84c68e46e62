import { ParseError } from "./errors.js";

const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g;
/** Whitespace before a line end; one character is enough to know, so this stays linear. */
const TRAILING_SPACE = /[^\S\n]\n|[^\S\n]$/;

const CONTROL_SAMPLE = 65536;

/** C0 control characters other than tab, line breaks, form feed and escape: rare in text. */
function countBinaryControls(text: string, limit: number): number {
  let count = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && (code < 9 || (code > 13 && code !== 27))) count++;
  }
  return count;
}

/**
 * One text form for every input: no byte-order mark, LF line ends, no trailing spaces,
 * Unicode NFC. Refuses text that cannot be an article (empty, whitespace only, binary).
 */
export function normaliseText(decoded: string): string {
  const unbroken = (decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded).replace(
    LINE_BREAK,
    "\n",
  );
  const trimmed = TRAILING_SPACE.test(unbroken)
    ? unbroken
        .split("\n")
        .map((line) => line.trimEnd())
        .join("\n")
    : unbroken;
  const text = trimmed.normalize("NFC");
  if (text.includes("\u0000")) {
    throw new ParseError("binary", "input contains NUL bytes: it is binary data, not an article");
  }
  const controls = countBinaryControls(text, CONTROL_SAMPLE);
  if (controls > 8 && controls > Math.min(text.length, CONTROL_SAMPLE) * 0.01) {
    throw new ParseError(
      "binary",
      "input is mostly control characters: binary data, not an article",
    );
  }
  if (text.trim().length === 0) {
    throw new ParseError("empty", "input is empty or only whitespace: there is no article to read");
  }
  return text;
}
