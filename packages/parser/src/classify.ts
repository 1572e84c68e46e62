import type { Block, Byline } from "@news/schema";
import { isBylineRole, looksLikeByline, parseByline, readNameAndRole } from "./byline.js";
import { isCredit } from "./credit.js";
import { crossLink, readCrossLinkHeader } from "./cross-link.js";
import type { RawBlock } from "./draft.js";
import { isFiller, withoutBoilerplate } from "./filler.js";
import { flatString } from "./flat-string.js";
import { isSubheading } from "./subheading.js";
import { readTimestampLine, type TimestampLine } from "./timestamp-line.js";

const MAX_BYLINE_LENGTH = 160;
/** Bylines sit above the story: only this many leading blocks are looked at. */
const BYLINE_WINDOW = 3;

export interface ClassifiedBlocks {
  blocks: Block[];
  /** A byline found above the story, removed from the blocks. */
  byline?: Byline;
  /** Publication dates stated on lines of their own above the story, removed from the blocks. */
  dates: Partial<Record<TimestampLine["field"], string>>;
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
    const text = flatString(withoutBoilerplate(raw.text));
    if (text.length === 0 || (raw.kind === "prose" && isFiller(text))) return;
    // Written out, not spread: raw blocks come in several shapes, and a spread copies them by a slow generic path.
    const cleaned: RawBlock = {
      kind: raw.kind,
      text,
      line: raw.line,
      level: raw.level,
      links: raw.links,
      standalone: raw.standalone,
    };
    if (raw.kind !== "list-item") linkListLabel = undefined;
    const header = raw.kind === "prose" ? readCrossLinkHeader(text) : undefined;
    if (header !== undefined && raws[index + 1]?.kind === "list-item") {
      linkListLabel = header;
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
