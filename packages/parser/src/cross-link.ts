import type { Block } from "@news/schema";
import type { RawBlock } from "./draft.js";

const MAX_CROSS_LINK_BLOCK = 400;

/** "ALSO READ : …", "READ MORE: …", "Related: …": a cross-link to another story. */
const CROSS_LINK_LABEL = String.raw`(also\s+read|read\s+also|read\s+more|more\s+on\s+this(?:\s+story)?|see\s+also|also\s+see|must\s+read|don['’]t\s+miss|also\s+watch|watch|read|related(?:\s+(?:story|stories|article|articles|news|coverage|reading|links?))?)`;
const CROSS_LINK = new RegExp(String.raw`^${CROSS_LINK_LABEL}\s*[:：|>»–—-]+\s*(\S.*)$`, "i");
/** A lead-in on its own ("Related:"), over a list of links. */
const CROSS_LINK_HEADER = new RegExp(String.raw`^${CROSS_LINK_LABEL}\s*[:：]?$`, "i");
const URL = /<?(https?:\/\/[^\s<>]+[^\s<>.,;:!?)\]'"”’])>?/;

/** The lead-in of a line that is only a lead-in ("Related:"), as written. */
export function readCrossLinkHeader(text: string): string | undefined {
  return CROSS_LINK_HEADER.exec(text)?.[1]?.replace(/\s+/g, " ");
}

/** A cross-link line: the linked headline as text, the lead-in as label, the url when given. */
export function crossLink(raw: RawBlock): Block | undefined {
  if (raw.kind !== "prose" || raw.standalone === false || raw.text.length > MAX_CROSS_LINK_BLOCK) {
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
