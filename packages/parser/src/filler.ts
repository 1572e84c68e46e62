import { isWhiteSpace } from "./white-space.js";

/** Sharing prompts that scraped copy often has glued to the end of the last paragraph. */
const TRAILING_BOILERPLATE = ["E-mail to a friend", "Email to a friend", "Share this article"];

/** Lines that web pages interleave with a story: never part of it. */
const BOILERPLATE_LINES = new Set([
  "advertisement",
  "skip advertisement",
  "story continues below advertisement",
  "story continues below",
  "continue reading below",
  "continue reading the main story",
  "scroll to continue with content",
  "article continues below",
]);
/** End-of-story marks and separators: "###", "-30-", "* * *". */
const SEPARATOR_LINE =
  /^(?:[#*=~_—–-]\s*){3,}$|^-30-$|^(?:END|ENDS)$|^\d{1,2}\s+min(?:ute)?s?\s+read$/i;

/** Filler lines are short: longer text is never looked at. */
const MAX_FILLER_LENGTH = 40;

export function isFiller(text: string): boolean {
  if (text.length > MAX_FILLER_LENGTH) return false;
  return (
    SEPARATOR_LINE.test(text) || BOILERPLATE_LINES.has(text.toLowerCase().replace(/[.:]$/, ""))
  );
}

/** The last characters of the sharing prompts: a glance at a text's last one rules most prompts out. */
const BOILERPLATE_ENDS = new Set(
  TRAILING_BOILERPLATE.map((phrase) => phrase.charCodeAt(phrase.length - 1)),
);

/** The text without a sharing prompt glued to its end ("… E-mail to a friend"). */
export function withoutBoilerplate(text: string): string {
  // Blocks come trimmed: trim() (a call into the runtime) only when an end is white space.
  const trimmed =
    isWhiteSpace(text.charCodeAt(0)) || isWhiteSpace(text.charCodeAt(text.length - 1))
      ? text.trim()
      : text;
  if (!BOILERPLATE_ENDS.has(trimmed.charCodeAt(trimmed.length - 1))) return trimmed;
  for (const phrase of TRAILING_BOILERPLATE) {
    if (trimmed.endsWith(phrase)) return trimmed.slice(0, -phrase.length).trim();
  }
  return trimmed;
}
