import { createColors } from "picocolors";
import { EXIT_FAILED, EXIT_OK } from "../errors.js";
import { normaliseSiteUrl } from "../export/site.js";
import { describeParseFailure } from "../io/failures.js";
import { describeProblem, resolveInputs } from "../io/inputs.js";
import { printError, printNote } from "../io/messages.js";
import { openOutput } from "../io/output.js";
import { parseSources } from "../io/parse-sources.js";
import { readingWidth, stdoutColors } from "../io/terminal.js";
import { type ArticleFormat, articleStream } from "../render/formats.js";

export interface ParseCommandOptions {
  format?: ArticleFormat;
  out?: string;
  siteUrl?: string;
}

/** `news parse`: articles to standard output (or `--out`), failures to standard error. */
export async function parseCommand(
  inputs: string[],
  options: ParseCommandOptions,
): Promise<number> {
  const resolved = await resolveInputs(inputs);
  for (const problem of resolved.problems) printError(describeProblem(problem));
  const layout = resolved.single ? "single" : "many";
  const format = options.format ?? (layout === "single" ? "json" : "ndjson");
  const colors = options.out === undefined ? stdoutColors : createColors(false);
  const siteUrl = normaliseSiteUrl(options.siteUrl);
  const width = options.out === undefined ? readingWidth(process.stdout) : undefined;
  const stream = articleStream(format, layout, { colors, siteUrl, width });
  const output = await openOutput(options.out);
  let parsed = 0;
  let failed = 0;
  await output.write(stream.start);
  for await (const result of parseSources(resolved.sources)) {
    if (result.ok) {
      await output.write(stream.article(result.article, parsed));
      parsed += 1;
    } else {
      failed += 1;
      printError(describeParseFailure(result.path, result.error));
    }
  }
  await output.write(stream.end);
  await output.close();
  if (failed > 0 && parsed + failed > 1) {
    printNote(`parsed ${parsed} of ${parsed + failed} files; ${failed} failed`);
  }
  return failed > 0 || resolved.problems.length > 0 ? EXIT_FAILED : EXIT_OK;
}
