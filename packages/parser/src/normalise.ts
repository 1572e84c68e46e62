import { ParseError } from "./errors.js";

const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g;
/** The characters LINE_BREAK starts with: a native search for each rules most text out at once. */
const LINE_BREAK_STARTS = ["\r", "\u0085", "\u2028", "\u2029"];

function hasOtherLineBreaks(text: string): boolean {
  return LINE_BREAK_STARTS.some((start) => text.includes(start));
}
/**
 * Text below U+0300 (where combining marks begin) is already NFC: no character there decomposes
 * or combines. Latin-1 text, held one byte a character, is ruled out without a scan.
 */
const MAY_NEED_NFC = /[\u0300-\uffff]/;
/** Anything but whitespace and invisible format characters (zero-width spaces, marks). */
const HAS_VISIBLE = /[^\s\p{Cf}]/u;

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 0x2007;
}

/** Whether any line ends in spaces: a check at each line end, far cheaper than a regex scan. */
function hasTrailingSpace(text: string): boolean {
  if (isBlank(text.charCodeAt(text.length - 1))) return true;
  for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", end + 1)) {
    if (end > 0 && isBlank(text.charCodeAt(end - 1))) return true;
  }
  return false;
}

const CONTROL_SAMPLE = 8192;

/** C0 control characters other than tab, line breaks, form feed and escape: rare in text. */
function isBinaryControl(code: number): boolean {
  return code < 32 && (code < 9 || (code > 13 && code !== 27));
}

/** The controls that `isBinaryControl` accepts, NUL aside (refused before they are looked for). */
const BINARY_CONTROLS = Array.from({ length: 31 }, (_, index) => index + 1)
  .filter(isBinaryControl)
  .map((code) => String.fromCharCode(code));

/** Whether a text holds a binary control: a native search per control is 3x faster than one regex scan. */
function hasBinaryControl(text: string): boolean {
  return BINARY_CONTROLS.some((control) => text.includes(control));
}

/** How many binary controls the first `limit` characters hold. */
function countBinaryControls(text: string, limit: number): number {
  let count = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) if (isBinaryControl(text.charCodeAt(i))) count++;
  return count;
}

/**
 * One text form for every input: no byte-order mark, LF line ends, no trailing spaces,
 * Unicode NFC. Refuses text that cannot be an article (empty, whitespace only, binary).
 */
export function normaliseText(decoded: string): string {
  const unmarked = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const unbroken = hasOtherLineBreaks(unmarked) ? unmarked.replace(LINE_BREAK, "\n") : unmarked;
  const trimmed = hasTrailingSpace(unbroken)
    ? unbroken
        .split("\n")
        .map((line) => line.trimEnd())
        .join("\n")
    : unbroken;
  const text = MAY_NEED_NFC.test(trimmed) ? trimmed.normalize("NFC") : trimmed;
  if (text.includes("\u0000")) {
    throw new ParseError("binary", "input contains NUL bytes: it is binary data, not an article");
  }
  const sample = text.length > CONTROL_SAMPLE ? text.slice(0, CONTROL_SAMPLE) : text;
  const controls = hasBinaryControl(sample) ? countBinaryControls(text, CONTROL_SAMPLE) : 0;
  if (controls > 8 && controls > Math.min(text.length, CONTROL_SAMPLE) * 0.01) {
    throw new ParseError(
      "binary",
      "input is mostly control characters: binary data, not an article",
    );
  }
  if (!HAS_VISIBLE.test(text)) {
    throw new ParseError("empty", "input is empty or only whitespace: there is no article to read");
  }
  return text;
}
