import type { Block, Byline } from "@news/schema";
import { isBylineRole, looksLikeByline, parseByline, readNameAndRole } from "./byline.js";
import type { RawBlock } from "./draft.js";
import { readTimestampLine, type TimestampLine } from "./timestamp-line.js";

const MAX_LEAD_IN_BLOCK = 400;
const MAX_HEADING_LENGTH = 80;
const MAX_HEADING_WORDS = 12;
const MAX_BYLINE_LENGTH = 160;
const MAX_CREDIT_LENGTH = 250;
/** Unbracketed credit lines are looked for only among the last CREDIT_WINDOW + 1 blocks. */
const CREDIT_WINDOW = 2;
/** Bylines sit above the story: only this many leading blocks are looked at. */
const BYLINE_WINDOW = 3;

/** "ALSO READ : …", "READ MORE: …", "Related: …": a cross-link to another story. */
const CROSS_LINK_LABEL = String.raw`(also\s+read|read\s+also|read\s+more|more\s+on\s+this(?:\s+story)?|see\s+also|also\s+see|must\s+read|don['’]t\s+miss|also\s+watch|watch|read|related(?:\s+(?:story|stories|article|articles|news|coverage|reading|links?))?)`;
const CROSS_LINK = new RegExp(String.raw`^${CROSS_LINK_LABEL}\s*[:：|>»–—-]+\s*(\S.*)$`, "i");
/** A lead-in on its own ("Related:"), over a list of links. */
const CROSS_LINK_HEADER = new RegExp(String.raw`^${CROSS_LINK_LABEL}\s*[:：]?$`, "i");

const CREDIT_PATTERNS: readonly RegExp[] = [
  /^[([]?\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|produced|research|fact-checking)(?:\s+and\s+\w+)?\s+by\s/i,
  /\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article|reporting)\s*[.)\]]*$/i,
  /^[([]?\s*with\s+(?:inputs|reporting|additional\s+reporting)\s+from\s/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /^[([]?\s*(?:this|the)\s+(?:story|article|report)\s+has\s+(?:not\s+)?been\s+(?:edited|published|auto-generated)/i,
];

/** Sharing prompts that scraped copy often has glued to the end of the last paragraph. */
const TRAILING_BOILERPLATE = ["E-mail to a friend", "Email to a friend", "Share this article"];
const URL = /<?(https?:\/\/[^\s<>]+[^\s<>.,;:!?)\]'"”’])>?/;
const HEADING_END = /[.!?,;:…"'”’)\]]$/;
/** A line ending in one of these is a sentence broken off, not a heading. */
const DANGLING_WORDS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "but",
  "as",
  "of",
  "to",
  "in",
  "on",
  "at",
  "by",
  "for",
  "with",
  "from",
  "that",
  "which",
  "who",
  "is",
  "was",
  "were",
  "are",
  "be",
  "has",
  "had",
  "have",
  "his",
  "her",
  "its",
  "their",
  "than",
  "into",
  "after",
  "before",
  "while",
  "when",
  "if",
]);
const STARTS_UPPER = /^[\p{Lu}\p{N}"“‘'(]/u;

export interface ClassifiedBlocks {
  blocks: Block[];
  /** A byline found above the story, removed from the blocks. */
  byline?: Byline;
  /** Publication dates stated on lines of their own above the story, removed from the blocks. */
  dates: Partial<Record<TimestampLine["field"], string>>;
}

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

function isFiller(text: string): boolean {
  if (text.length > MAX_FILLER_LENGTH) return false;
  return (
    SEPARATOR_LINE.test(text) || BOILERPLATE_LINES.has(text.toLowerCase().replace(/[.:]$/, ""))
  );
}

function withoutBoilerplate(text: string): string {
  const trimmed = text.trim();
  for (const phrase of TRAILING_BOILERPLATE) {
    if (trimmed.endsWith(phrase)) return trimmed.slice(0, -phrase.length).trim();
  }
  return trimmed;
}

/** Credits close a story, or stand in parentheses: "(Reporting by …; Editing by …)". */
function isCredit(text: string, fromEnd: number): boolean {
  if (text.length > MAX_LEAD_IN_BLOCK) return false;
  const bracketed = /^[([].*[)\]]\.?$/s.test(text);
  if (!bracketed && (fromEnd > CREDIT_WINDOW || text.length > MAX_CREDIT_LENGTH)) return false;
  return CREDIT_PATTERNS.some((pattern) => pattern.test(text));
}

function crossLink(raw: RawBlock): Block | undefined {
  if (raw.kind !== "prose" || raw.standalone === false || raw.text.length > MAX_LEAD_IN_BLOCK) {
    return undefined;
  }
  const match = CROSS_LINK.exec(raw.text);
  const label = match?.[1];
  const rest = match?.[2];
  if (label === undefined || rest === undefined) return undefined;
  const inlineUrl = URL.exec(rest);
  const url = raw.links?.[0] ?? inlineUrl?.[1];
  const text = (inlineUrl === null ? rest : rest.replace(inlineUrl[0], ""))
    .replace(/\s*[|:–—-]\s*$/, "")
    .trim();
  if (text.length === 0 && url === undefined) return undefined;
  return {
    type: "related",
    text: text.length > 0 ? text : (url ?? ""),
    label: label.replace(/\s+/g, " "),
    ...(url === undefined ? {} : { url }),
    line: raw.line,
  };
}

/** A short line standing alone between paragraphs, not ending like a sentence. */
function isSubheading(raw: RawBlock, index: number, all: readonly RawBlock[]): boolean {
  if (raw.kind !== "prose" || raw.standalone !== true) return false;
  if (index === 0 || index === all.length - 1) return false;
  const text = raw.text;
  if (text.length > MAX_HEADING_LENGTH || HEADING_END.test(text) || !STARTS_UPPER.test(text)) {
    return false;
  }
  const words = text.split(" ");
  if (words.length > MAX_HEADING_WORDS || !/\p{L}/u.test(text)) return false;
  if (DANGLING_WORDS.has(words.at(-1)?.toLowerCase() ?? "")) return false;
  const next = all[index + 1];
  return (
    next !== undefined &&
    next.kind === "prose" &&
    next.text.length > text.length &&
    !/^\p{Ll}/u.test(next.text)
  );
}

function readByline(raw: RawBlock, index: number): Byline | undefined {
  if (index >= BYLINE_WINDOW || raw.kind !== "prose" || raw.text.length > MAX_BYLINE_LENGTH) {
    return undefined;
  }
  return looksLikeByline(raw.text) ? parseByline(raw.text) : readNameAndRole(raw.text);
}

/** Decides what each raw block is: paragraph, heading, cross-link, credit, quotation or list item. */
export function classifyBlocks(
  raws: readonly RawBlock[],
  detectSubheadings: boolean,
): ClassifiedBlocks {
  const blocks: Block[] = [];
  let byline: ClassifiedBlocks["byline"];
  let bylineIndex = -1;
  /** Set while reading the list under a "Related:" lead-in: its items are cross-links. */
  let linkListLabel: string | undefined;
  const dates: ClassifiedBlocks["dates"] = {};
  raws.forEach((raw, index) => {
    const text = withoutBoilerplate(raw.text);
    if (text.length === 0 || (raw.kind === "prose" && isFiller(text))) return;
    const cleaned: RawBlock = { ...raw, text };
    if (raw.kind !== "list-item") linkListLabel = undefined;
    const header = raw.kind === "prose" ? CROSS_LINK_HEADER.exec(text)?.[1] : undefined;
    if (header !== undefined && raws[index + 1]?.kind === "list-item") {
      linkListLabel = header.replace(/\s+/g, " ");
      return;
    }
    if (byline === undefined && blocks.length < BYLINE_WINDOW) {
      byline = readByline(cleaned, index);
      if (byline !== undefined) {
        bylineIndex = index;
        return;
      }
    } else if (byline !== undefined && index === bylineIndex + 1 && isBylineRole(text)) {
      byline = { ...byline, raw: `${byline.raw}, ${text}` };
      return;
    }
    if (index <= BYLINE_WINDOW && blocks.length < BYLINE_WINDOW && raw.kind === "prose") {
      const stamp = readTimestampLine(text);
      if (stamp !== undefined && dates[stamp.field] === undefined) {
        dates[stamp.field] = stamp.iso;
        return;
      }
    }
    switch (raw.kind) {
      case "heading":
        blocks.push({ type: "heading", text, level: raw.level ?? 2, line: raw.line });
        return;
      case "quote":
        blocks.push({ type: "quote", text, line: raw.line });
        return;
      case "list-item":
        if (linkListLabel !== undefined) {
          const url = raw.links?.[0];
          blocks.push({
            type: "related",
            text,
            label: linkListLabel,
            ...(url === undefined ? {} : { url }),
            line: raw.line,
          });
        } else blocks.push({ type: "list-item", text, line: raw.line });
        return;
      case "prose": {
        const related = crossLink(cleaned);
        if (related !== undefined) blocks.push(related);
        else if (isCredit(text, raws.length - 1 - index))
          blocks.push({ type: "credit", text, line: raw.line });
        else if (detectSubheadings && isSubheading(cleaned, index, raws)) {
          blocks.push({ type: "heading", text, level: 2, line: raw.line });
        } else blocks.push({ type: "paragraph", text, line: raw.line });
      }
    }
  });
  return byline === undefined ? { blocks, dates } : { blocks, byline, dates };
}
