import type { Article, Block, Quote, TextSpan } from "./article.js";
import type { ValidationIssue } from "./issues.js";
import { spanText } from "./spans.js";

const MAX_SHOWN = 80;
const CONTEXT = 30;

function quoted(text: string): string {
  return `'${text.replace(/\n/g, "\\n")}'`;
}

/** Shows two strings that differ, cut to a window around the first difference when long. */
function mismatch(slice: string, expected: string, what: string): string {
  if (Math.max(slice.length, expected.length) <= MAX_SHOWN) {
    return `slice ${quoted(slice)} does not equal ${what} ${quoted(expected)}`;
  }
  let common = 0;
  while (common < slice.length && slice[common] === expected[common]) common++;
  const from = Math.max(0, common - CONTEXT);
  const cut = (text: string) =>
    `${from > 0 ? "…" : ""}${text.slice(from, from + 2 * CONTEXT)}${text.length > from + 2 * CONTEXT ? "…" : ""}`;
  return `slice ${quoted(cut(slice))} does not equal ${what} ${quoted(cut(expected))} (they differ at offset ${common})`;
}

function blockRef(index: number, blocks: readonly Block[]): string {
  return `blocks[${index}].text (length ${blocks[index]?.text.length ?? 0})`;
}

/** Reports why a span does not fit the blocks; returns whether it fits. */
function checkRange(
  path: string,
  span: TextSpan & Pick<Partial<Quote>, "endBlockIndex">,
  blocks: readonly Block[],
  issues: ValidationIssue[],
): boolean {
  const count = `the article has ${blocks.length} block${blocks.length === 1 ? "" : "s"}`;
  if (span.blockIndex >= blocks.length) {
    issues.push({
      path: `${path}.blockIndex`,
      message: `${span.blockIndex} is out of range: ${count}`,
    });
    return false;
  }
  const lastIndex = span.endBlockIndex ?? span.blockIndex;
  if (lastIndex >= blocks.length) {
    issues.push({
      path: `${path}.endBlockIndex`,
      message: `${lastIndex} is out of range: ${count}`,
    });
    return false;
  }
  if (lastIndex < span.blockIndex) {
    issues.push({
      path: `${path}.endBlockIndex`,
      message: `${lastIndex} is before blockIndex ${span.blockIndex}`,
    });
    return false;
  }
  let fits = true;
  const firstLength = blocks[span.blockIndex]?.text.length ?? 0;
  const lastLength = blocks[lastIndex]?.text.length ?? 0;
  if (span.start > firstLength) {
    issues.push({
      path: `${path}.start`,
      message: `${span.start} is past the end of ${blockRef(span.blockIndex, blocks)}`,
    });
    fits = false;
  }
  if (span.end > lastLength) {
    issues.push({
      path: `${path}.end`,
      message: `${span.end} is past the end of ${blockRef(lastIndex, blocks)}`,
    });
    fits = false;
  }
  if (fits && lastIndex === span.blockIndex && span.start > span.end) {
    issues.push({ path, message: `start ${span.start} is after end ${span.end}` });
    fits = false;
  }
  return fits;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Whether the date part of an ISO 8601 string names a real day (no 2025-02-30). */
function isRealDate(iso: string): boolean {
  const match = CALENDAR_DATE.exec(iso);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    !Number.isNaN(Date.parse(iso))
  );
}

/**
 * Checks what the shape alone cannot: every span fits its blocks, quotes and figures equal
 * their slices, entity mentions are the entity's name or one of its aliases, entity ids are
 * unique, speaker ids point to an entity and dates are real dates. Expects a shape-valid article.
 */
export function checkArticleInvariants(article: Article): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { blocks } = article;

  for (const field of ["publishedAt", "updatedAt"] as const) {
    const value = article[field];
    if (value !== undefined && !isRealDate(value)) {
      issues.push({ path: field, message: `${quoted(value)} is not a real date and time` });
    }
  }

  const entityIds = new Map<string, number>();
  article.entities.forEach((entity, index) => {
    const first = entityIds.get(entity.id);
    if (first === undefined) entityIds.set(entity.id, index);
    else {
      issues.push({
        path: `entities[${index}].id`,
        message: `duplicate id ${quoted(entity.id)}, already used by entities[${first}]`,
      });
    }
    const forms = [entity.name, ...entity.aliases];
    entity.mentions.forEach((mention, mentionIndex) => {
      const path = `entities[${index}].mentions[${mentionIndex}]`;
      if (!checkRange(path, mention, blocks, issues)) return;
      const slice = spanText(blocks, mention);
      if (slice !== undefined && !forms.includes(slice)) {
        issues.push({
          path,
          message: `slice ${quoted(slice)} is neither the name nor an alias of the entity (${forms.map(quoted).join(", ")})`,
        });
      }
    });
  });

  article.quotes.forEach((quote, index) => {
    const path = `quotes[${index}]`;
    if (quote.speakerEntityId !== undefined && !entityIds.has(quote.speakerEntityId)) {
      issues.push({
        path: `${path}.speakerEntityId`,
        message: `no entity has the id ${quoted(quote.speakerEntityId)}`,
      });
    }
    if (!checkRange(path, quote, blocks, issues)) return;
    const slice = spanText(blocks, quote);
    if (slice !== undefined && slice !== quote.text) {
      issues.push({ path, message: mismatch(slice, quote.text, "text") });
    }
  });

  article.figures.forEach((figure, index) => {
    const path = `figures[${index}]`;
    if (!checkRange(path, figure, blocks, issues)) return;
    const slice = spanText(blocks, figure);
    if (slice !== undefined && slice !== figure.text) {
      issues.push({ path, message: mismatch(slice, figure.text, "text") });
    }
  });

  return issues;
}
