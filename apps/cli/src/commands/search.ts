import type { SearchHit, SnippetPart } from "@news/schema";
import { EXIT_OK } from "../errors.js";
import { printNote } from "../io/messages.js";
import { collectPages, withIndex } from "../io/store-access.js";
import { type Colors, stdoutColors } from "../io/terminal.js";

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

function renderHit(hit: SearchHit, rank: number, colors: Colors): string {
  const meta = [hit.section, hit.publishedAt?.slice(0, 10), hit.slug].filter(Boolean).join(" · ");
  return `${colors.bold(`${rank}. ${hit.title}`)}\n   ${colors.dim(meta)}\n   ${renderSnippet(hit.snippet, colors)}\n`;
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
  process.stdout.write(
    hits.map((hit, index) => renderHit(hit, index + 1, stdoutColors)).join("\n"),
  );
  return EXIT_OK;
}
