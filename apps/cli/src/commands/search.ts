import type { SearchHit, SnippetPart } from "@news/schema";
import { EXIT_OK } from "../errors.js";
import { printNote } from "../io/messages.js";
import { collectPages, withIndex } from "../io/store-access.js";
import { type Colors, readingWidth, stdoutColors } from "../io/terminal.js";
import { indentWrapped } from "../io/wrap.js";

export interface SearchCommandOptions {
  limit: number;
  section?: string;
  db?: string;
  json?: boolean;
}

/** Matched words in bold colour on a terminal; plain text in a pipe. */
function renderSnippet(parts: SnippetPart[], colors: Colors): string {
  return parts
    .map((part) => (part.match ? colors.bold(colors.yellow(part.text)) : part.text))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

function renderHit(hit: SearchHit, rank: number, colors: Colors, width?: number): string {
  const meta = [hit.section, hit.publishedAt?.slice(0, 10), hit.slug].filter(Boolean).join(" · ");
  return [
    indentWrapped(colors.bold(`${rank}. ${hit.title}`), width, "", "   "),
    indentWrapped(colors.dim(meta), width, "   "),
    indentWrapped(renderSnippet(hit.snippet, colors), width, "   "),
  ].join("\n");
}

/** `news search`: ranked hits with highlighted snippets, or `--json`. */
export async function searchCommand(query: string, options: SearchCommandOptions): Promise<number> {
  const hits = await withIndex(options.db, (store) =>
    collectPages(
      (cursor, limit) =>
        store.search(query, {
          limit,
          ...(cursor === undefined ? {} : { cursor }),
          ...(options.section === undefined ? {} : { section: options.section }),
        }),
      options.limit,
    ),
  );
  if (options.json) {
    process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
    return EXIT_OK;
  }
  if (hits.length === 0) {
    printNote(`no articles match "${query}"`);
    return EXIT_OK;
  }
  const width = readingWidth(process.stdout);
  const rendered = hits.map((hit, index) => renderHit(hit, index + 1, stdoutColors, width));
  process.stdout.write(`${rendered.join("\n\n")}\n`);
  return EXIT_OK;
}
