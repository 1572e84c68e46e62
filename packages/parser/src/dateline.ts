import type { Block, Dateline, Warning } from "@news/schema";
import { flatString } from "./flat-string.js";

/** Datelines are short: only this much of the first paragraph is looked at. */
const WINDOW = 160;

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** Wire copy in other languages writes the day first and the month in its own words: "MADRID, 3 mar (Reuters)". */
const OTHER_LANGUAGE_MONTH = String.raw`\p{Ll}{3,5}\.?`;
const WEEKDAY = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?`;
const DATE = String.raw`(?:${WEEKDAY},?[ ]+)?(?:${MONTH}[ ]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ ]+\d{4})?|\d{1,2}(?:st|nd|rd|th)?[ ]+${MONTH}(?:,?[ ]+\d{4})?|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|${WEEKDAY}|\d{1,2}[ ]+${OTHER_LANGUAGE_MONTH}(?:[ ]+\d{4})?)`;
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}.'’/-]*`;
const TITLE_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’/-]*`;
const CAPS_PLACE = `${CAPS_WORD}(?:[ ]+(?:${CAPS_WORD}|OF|DE|DEL|LA|LE|EL|AL))*`;
const TITLE_PLACE = `${TITLE_WORD}(?:[ ]+${TITLE_WORD}){0,3}`;
const REGION = String.raw`(?:,[ ]*(?!${MONTH}[ ]+\d)(?!${WEEKDAY}\b)${TITLE_WORD}(?:[ ]+${TITLE_WORD}){0,2}){0,2}`;
/** Any short tag in parentheses: an agency only when a separator follows, as in "PARIS (XYZ) -". */
const TAG = String.raw`\([ ]*(\p{L}[\p{L}.&'’]*(?:[ ]+\p{Lu}[\p{L}.&'’]*){0,3})[ ]*\)`;
/** News agencies and outlets that tag wire copy; these count even with no separator after. */
const KNOWN_AGENCY = String.raw`\([ ]*((?:Reuters|AP|The Associated Press|Associated Press|AFP|CNN|PTI|IANS|ANI|UNI|ENS|TNN|HT|Bloomberg|dpa|DPA|Xinhua|EFE|ANSA|Kyodo|Yonhap|TASS|Tass|Sputnik|RIA Novosti|Interfax|Bernama|BERNAMA|IRNA|AAP|CP|UPI|BSS|APP|KUNA|WAM|SPA|MENA|Anadolu|AA|Lusa|PNA|KNA|NNN|Belga|NTB|TT|BBC|Al Jazeera|CNA|NHK|WAFA|Agencies|agencies)(?:[ ]*[/,][ ]*\p{Lu}[\p{L}.]*)*)[ ]*\)`;
/** Dashes need a space on one side, so that "US-India" is not read as a dateline. */
const SEPARATOR = `(?:[ ]*--+[ ]*|[ ]+[-–—]+[ ]*|[-–—]+[ ]+|[ ]*[:|][ ]+)`;
const AFTER_AGENCY = `(?:${SEPARATOR}|[ ]*)`;
const AGENCY = `(?:${KNOWN_AGENCY}${AFTER_AGENCY}|${TAG}${SEPARATOR})`;

/**
 * Each form with a cheap test that must hold for it to match at all: most first paragraphs
 * are ordinary sentences, and the Unicode patterns need not run on them.
 */
const FORMS: readonly { pattern: RegExp; possible: RegExp }[] = [
  // NEW DELHI: / NEW DELHI, Dec 11 (Reuters) - / GROSSETO, Italy (AP) -- / LONDON — / MUMBAI (PTI)
  {
    pattern: new RegExp(
      `^(${CAPS_PLACE})(${REGION})(?:,?[ ]*(${DATE}))?(?:[ ]*${AGENCY}|()${SEPARATOR})`,
      "u",
    ),
    possible: /^\p{Lu}[\p{Lu}\p{M}.'’]/u,
  },
  // Marseille, France (CNN) / Mumbai, Dec 11 (PTI):
  {
    pattern: new RegExp(`^(${TITLE_PLACE})(${REGION})(?:,?[ ]*(${DATE}))?[ ]*${AGENCY}`, "u"),
    possible: /\(/,
  },
  // Mumbai, Dec 11:
  {
    pattern: new RegExp(`^(${TITLE_PLACE})(${REGION}),[ ]*(${DATE})()()${SEPARATOR}`, "u"),
    possible: /,.*\d/,
  },
  // (CNN) -- / (PTI)
  { pattern: new RegExp(`^()()()${AGENCY}`, "u"), possible: /^\(/ },
];

/** All-caps openings that are labels, not places. */
const NOT_PLACES = new Set([
  "ALERT",
  "ANALYSIS",
  "BREAKING",
  "BREAKING NEWS",
  "COMMENT",
  "CORRECTION",
  "EDITORIAL",
  "EDITOR'S NOTE",
  "EDITOR’S NOTE",
  "EXCLUSIVE",
  "EXPLAINED",
  "FACT CHECK",
  "FILE",
  "FLASH",
  "INTERVIEW",
  "LIVE",
  "NOTE",
  "OPINION",
  "PHOTOS",
  "Q",
  "A",
  "REVIEW",
  "UPDATE",
  "UPDATED",
  "URGENT",
  "VIDEO",
  "WARNING",
  "WATCH",
  "READ",
  "ALSO READ",
  "READ MORE",
  "RELATED",
  "FAQ",
]);

/** Starts like a dateline: an all-caps opening, then a parenthesis or a separator soon after. */
const LOOKS_LIKE_DATELINE =
  /^\p{Lu}{2}[\p{Lu} .,'’/-]{0,40}(?:--|[:–—]| - |,[ ]*[([]|[ ]*\([^()]{1,12}\)[ ]*[-–—:])/u;

const SMALL_WORDS = new Set(["of", "de", "del", "la", "le", "el", "al", "on", "upon", "am"]);

function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place
    .toLowerCase()
    .split(" ")
    .map((word, index) =>
      index > 0 && SMALL_WORDS.has(word)
        ? word
        : word.replace(
            /(^|[.'’/-])(\p{L})/gu,
            (_, before: string, letter: string) => before + letter.toUpperCase(),
          ),
    )
    .join(" ");
}

/** A dateline on a line of its own ("New Delhi:" above the lede): the line break is the signal. */
const STANDALONE = new RegExp(
  `^(${TITLE_PLACE})(${REGION})(?:,?[ ]*(${DATE}))?(?:[ ]*${KNOWN_AGENCY})?[ ]*(?:--+|[:–—-])$`,
  "u",
);
const MAX_STANDALONE = 60;

/** Reads a block that is nothing but a dateline, such as "New Delhi:" or "MUMBAI, Dec 11 (PTI):". */
export function readStandaloneDateline(block: string): Dateline | undefined {
  if (block.length > MAX_STANDALONE) return undefined;
  const match = STANDALONE.exec(block);
  const place = match?.[1];
  if (match === null || place === undefined || NOT_PLACES.has(place)) return undefined;
  const region = match[2]?.trim() ?? "";
  const date = match[3]?.trim();
  const agency = match[4]?.trim();
  return {
    raw: block,
    place: titleCase(place) + (region.length > 0 ? titleCase(region) : ""),
    ...(date !== undefined && date.length > 0 ? { date } : {}),
    ...(agency !== undefined && agency.length > 0 ? { agency } : {}),
  };
}

export interface DatelineResult {
  dateline: Dateline;
  /** The paragraph's text with the dateline taken out. */
  rest: string;
}

export type DatelineOutcome =
  | { kind: "found"; result: DatelineResult }
  | { kind: "none" }
  | { kind: "unrecognised" };

/** The capitals, spaces and stops a head opens with, trimmed ("NEW DELHI"). */
function openingCapitals(head: string): string {
  return /^[\p{Lu} .'’-]+/u.exec(head)?.[0].trim() ?? "";
}

/**
 * Reads the dateline that opens wire copy ("NEW DELHI:", "WASHINGTON (AP) —", "(CNN) --",
 * "NEW DELHI, Dec 11 (Reuters) -"). A place counts only when it is in capitals or is
 * followed by an agency tag or a date, so an ordinary opening such as "However:" is not one.
 */
export function extractDateline(paragraph: string): DatelineOutcome {
  const head = paragraph.slice(0, WINDOW);
  for (const { pattern, possible } of FORMS) {
    if (!possible.test(head)) continue;
    const match = pattern.exec(head);
    if (match === null) continue;
    const place = match[1]?.trim() ?? "";
    if (NOT_PLACES.has(place) || (place.length > 0 && place.replace(/[^\p{L}]/gu, "").length < 2)) {
      continue;
    }
    const rest = paragraph.slice(match[0].length).trimStart();
    if (rest.length === 0) continue;
    const region = match[2]?.trim() ?? "";
    const date = match[3]?.trim();
    const agency = (match[4] ?? match[5])?.trim();
    const fullPlace =
      place.length > 0 ? titleCase(place) + (region.length > 0 ? titleCase(region) : "") : "";
    const dateline: Dateline = {
      raw: match[0].trim(),
      ...(fullPlace.length > 0 ? { place: fullPlace } : {}),
      ...(date !== undefined && date.length > 0 ? { date } : {}),
      ...(agency !== undefined && agency.length > 0 ? { agency } : {}),
    };
    return { kind: "found", result: { dateline, rest } };
  }
  if (LOOKS_LIKE_DATELINE.test(head) && !NOT_PLACES.has(openingCapitals(head)))
    return { kind: "unrecognised" };
  return { kind: "none" };
}

/**
 * Takes the dateline out of the first paragraph (or drops the line that is only a dateline),
 * if the story opens with one; warns when the opening looks like one but cannot be read.
 */
export function takeDateline(blocks: Block[], warnings: Warning[]): Dateline | undefined {
  const index = blocks.findIndex((block) => block.type === "paragraph");
  const first = blocks[index];
  if (first === undefined || index > 1) return undefined;
  const standalone = readStandaloneDateline(first.text);
  if (standalone !== undefined && blocks[index + 1]?.type === "paragraph") {
    blocks.splice(index, 1);
    return standalone;
  }
  const outcome = extractDateline(first.text);
  if (outcome.kind === "unrecognised") {
    warnings.push({
      code: "dateline-not-recognised",
      message: "the first paragraph seems to open with a dateline that could not be read",
      ...(first.line === undefined ? {} : { line: first.line }),
    });
  }
  if (outcome.kind !== "found") return undefined;
  blocks[index] = { ...first, text: flatString(outcome.result.rest) };
  return outcome.result.dateline;
}
