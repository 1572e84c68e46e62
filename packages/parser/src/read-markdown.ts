import { decodeHTML } from "entities";
import { Lexer, type Token, type Tokens } from "marked";
import type { Draft, RawBlock, SourceText } from "./draft.js";
import { type FrontMatter, readFrontMatter } from "./front-matter.js";
import { readText } from "./read-text.js";

interface Inline {
  text: string;
  links: string[];
}

const TAG = /<[^<>]*>/g;

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Plain text of inline tokens: markup removed, link text kept, link targets collected. */
function inlineText(tokens: readonly Token[] | undefined, links: string[] = []): Inline {
  let text = "";
  for (const token of tokens ?? []) {
    switch (token.type) {
      case "link":
        if ((token as Tokens.Link).href.trim().length > 0)
          links.push((token as Tokens.Link).href.trim());
        text += inlineText((token as Tokens.Link).tokens, links).text;
        break;
      case "strong":
      case "em":
      case "del":
        text += inlineText((token as Tokens.Strong).tokens, links).text;
        break;
      case "text": {
        const inner = (token as Tokens.Text).tokens;
        text +=
          inner === undefined
            ? decodeHTML((token as Tokens.Text).text)
            : inlineText(inner, links).text;
        break;
      }
      case "escape":
      case "codespan":
        text += decodeHTML((token as Tokens.Codespan).text);
        break;
      case "br":
        text += " ";
        break;
      case "html":
        text += decodeHTML((token as Tokens.HTML).text.replace(TAG, ""));
        break;
      case "image":
        break;
      default:
        if ("text" in token && typeof token.text === "string") text += decodeHTML(token.text);
    }
  }
  return { text, links };
}

function countNewlines(text: string, end = text.length): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** Leading blank lines that a token's raw text starts with. */
function leadingNewlines(raw: string): number {
  let count = 0;
  while (raw[count] === "\n") count++;
  return count;
}

function proseBlock(
  tokens: readonly Token[] | undefined,
  line: number,
  kind: RawBlock["kind"],
): RawBlock | undefined {
  const { text, links } = inlineText(tokens);
  const clean = collapse(text);
  if (clean.length === 0) return undefined;
  return { kind, text: clean, line, ...(links.length > 0 ? { links } : {}), standalone: true };
}

/** Blocks inside a container (blockquote), numbered from `line` by their raw text. */
function nestedBlocks(tokens: readonly Token[], line: number, kind: RawBlock["kind"]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current = line;
  for (const token of tokens) {
    const at = current + leadingNewlines(token.raw);
    if (token.type === "paragraph" || token.type === "heading" || token.type === "text") {
      const block = proseBlock((token as Tokens.Paragraph).tokens, at, kind);
      if (block !== undefined) blocks.push(block);
    } else if (token.type === "blockquote") {
      for (const block of nestedBlocks((token as Tokens.Blockquote).tokens, at, kind))
        blocks.push(block);
    }
    current += countNewlines(token.raw);
  }
  return blocks;
}

function tokenBlocks(token: Token, line: number): RawBlock[] {
  switch (token.type) {
    case "heading": {
      const heading = token as Tokens.Heading;
      const block = proseBlock(heading.tokens, line, "heading");
      return block === undefined ? [] : [{ ...block, level: heading.depth }];
    }
    case "paragraph": {
      const block = proseBlock((token as Tokens.Paragraph).tokens, line, "prose");
      return block === undefined ? [] : [block];
    }
    case "blockquote":
      return nestedBlocks((token as Tokens.Blockquote).tokens, line, "quote");
    case "list": {
      const blocks: RawBlock[] = [];
      let current = line;
      for (const item of (token as Tokens.List).items) {
        const { text, links } = inlineText(
          item.tokens.flatMap((inner) =>
            "tokens" in inner && inner.tokens !== undefined ? inner.tokens : [inner],
          ),
        );
        const clean = collapse(text);
        if (clean.length > 0) {
          blocks.push({
            kind: "list-item",
            text: clean,
            line: current,
            ...(links.length > 0 ? { links } : {}),
          });
        }
        current += countNewlines(item.raw);
      }
      return blocks;
    }
    case "code": {
      const text = (token as Tokens.Code).text.trim();
      return text.length === 0 ? [] : [{ kind: "prose", text: collapse(text), line }];
    }
    case "table": {
      const table = token as Tokens.Table;
      return table.rows.flatMap((row, index) => {
        const text = collapse(row.map((cell) => inlineText(cell.tokens).text).join(" | "));
        return text.length === 0 ? [] : [{ kind: "prose" as const, text, line: line + index + 2 }];
      });
    }
    case "html": {
      const text = collapse(
        decodeHTML((token as Tokens.HTML).text.replace(/<!--[\s\S]*?-->/g, "").replace(TAG, " ")),
      );
      return text.length === 0 ? [] : [{ kind: "prose", text, line }];
    }
    default:
      return [];
  }
}

/** A paragraph that is entirely emphasis (`*…*` or `**…**`), right under the title: a standfirst. */
function emphasisedText(token: Token): string | undefined {
  if (token.type !== "paragraph") return undefined;
  const inner = (token as Tokens.Paragraph).tokens;
  const only = inner.length === 1 ? inner[0] : undefined;
  if (only === undefined || (only.type !== "em" && only.type !== "strong")) return undefined;
  const text = collapse(inlineText((only as Tokens.Em).tokens).text);
  return text.length > 0 ? text : undefined;
}

/**
 * The Markdown body read by the plain-text front stage, keeping the front matter's metadata
 * and the body's line numbers in the whole document.
 */
function readBodyAsText(front: FrontMatter): Draft {
  const draft = readText(front.body);
  const offset = front.bodyLine - 1;
  const shift = <T extends { line: number }>(item: T): T => ({ ...item, line: item.line + offset });
  return {
    ...draft,
    format: "markdown",
    ...(draft.title === undefined ? {} : { title: shift(draft.title) }),
    meta: front.meta,
    blocks: draft.blocks.map(shift),
    warnings: [
      ...front.warnings,
      {
        code: "markdown-fallback",
        message:
          "the Markdown is nested too deeply to read as Markdown; the body was read as plain text",
      },
      ...draft.warnings,
    ],
  };
}

/**
 * Front stage for Markdown: YAML front matter, then the Markdown body read with `marked`'s
 * lexer. A leading `# heading` is the title, an emphasised line right under it the subtitle.
 */
export function readMarkdown(text: string): Draft {
  const front = readFrontMatter(text);
  let tokens: Token[];
  try {
    tokens = new Lexer({ gfm: true }).lex(front.body);
  } catch (error) {
    // marked recurses once per nested list marker, so one long line of "* * * …" overflows the stack.
    if (!(error instanceof RangeError)) throw error;
    return readBodyAsText(front);
  }
  const blocks: RawBlock[] = [];
  let title: SourceText | undefined;
  let subtitle: string | undefined;
  let line = front.bodyLine;
  let previous: "title" | "other" | undefined;
  for (const token of tokens) {
    const at = line + leadingNewlines(token.raw);
    line += countNewlines(token.raw);
    if (token.type === "space") continue;
    const firstH1 =
      title === undefined && blocks.length === 0 && token.type === "heading" && token.depth === 1;
    if (firstH1) {
      const heading = collapse(inlineText((token as Tokens.Heading).tokens).text);
      if (heading.length > 0) {
        title = { text: heading, line: at };
        previous = "title";
        continue;
      }
    }
    if (previous === "title" && subtitle === undefined) {
      subtitle = emphasisedText(token);
      previous = "other";
      if (subtitle !== undefined) continue;
    }
    previous = "other";
    for (const block of tokenBlocks(token, at)) blocks.push(block);
  }
  return {
    format: "markdown",
    ...(title === undefined ? {} : { title }),
    ...(subtitle === undefined ? {} : { subtitle }),
    meta: front.meta,
    blocks,
    highlights: [],
    warnings: front.warnings,
  };
}
