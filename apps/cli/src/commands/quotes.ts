import type { QuoteRecord } from "@news/schema";
import { EXIT_OK } from "../errors.js";
import { printNote } from "../io/messages.js";
import { collectPages, withIndex } from "../io/store-access.js";
import { type Colors, readingWidth, stdoutColors } from "../io/terminal.js";
import { indentWrapped } from "../io/wrap.js";

export interface QuotesCommandOptions {
  speaker?: string;
  limit: number;
  db?: string;
  json?: boolean;
}

function renderQuote(quote: QuoteRecord, colors: Colors, width?: number): string {
  const speaker = quote.speaker ?? "unattributed";
  const channel = quote.channel ? ` on ${quote.channel}` : "";
  const source = `— ${colors.cyan(speaker)}${channel}, ${colors.dim(quote.articleTitle)}`;
  return `${indentWrapped(`“${quote.text}”`, width, "", " ")}\n${indentWrapped(source, width, "    ", "      ")}\n`;
}

/** `news quotes`: who said what, newest first, as a list or `--json`. */
export async function quotesCommand(options: QuotesCommandOptions): Promise<number> {
  const quotes = await withIndex(options.db, (store) =>
    collectPages(
      (cursor, limit) =>
        store.listQuotes({
          limit,
          ...(cursor === undefined ? {} : { cursor }),
          ...(options.speaker === undefined ? {} : { speaker: options.speaker }),
        }),
      options.limit,
    ),
  );
  if (options.json) {
    process.stdout.write(`${JSON.stringify(quotes, null, 2)}\n`);
    return EXIT_OK;
  }
  if (quotes.length === 0) {
    printNote(options.speaker ? `no quotations by "${options.speaker}"` : "no quotations found");
    return EXIT_OK;
  }
  const width = readingWidth(process.stdout);
  process.stdout.write(quotes.map((quote) => renderQuote(quote, stdoutColors, width)).join("\n"));
  return EXIT_OK;
}
