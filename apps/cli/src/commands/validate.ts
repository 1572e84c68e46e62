import { EXIT_FAILED, EXIT_OK } from "../errors.js";
import { type InputSource, resolveInputs } from "../io/inputs.js";
import { formatLocation, printNote } from "../io/messages.js";
import { parseSources } from "../io/parse-sources.js";
import { stdoutColors } from "../io/terminal.js";
import { checkJsonFile, isJsonArticleFile, reportParsedFile } from "../validation/check-file.js";
import type { FileReport } from "../validation/problem.js";

export interface ValidateCommandOptions {
  json?: boolean;
  strict?: boolean;
}

async function* checkSources(sources: InputSource[], strict: boolean): AsyncGenerator<FileReport> {
  const articleSources: InputSource[] = [];
  for (const source of sources) {
    if (source.kind === "file" && isJsonArticleFile(source.path))
      yield await checkJsonFile(source.path);
    else articleSources.push(source);
  }
  for await (const result of parseSources(articleSources)) yield reportParsedFile(result, strict);
}

function printReport(report: FileReport): void {
  const colors = stdoutColors;
  for (const problem of report.problems) {
    const field = problem.field === undefined ? "" : `${colors.bold(problem.field)}: `;
    const where = colors.cyan(formatLocation(report.path, problem.line));
    process.stdout.write(
      `${where}: ${field}${problem.message} ${colors.dim(`(${problem.code})`)}\n`,
    );
  }
}

/**
 * `news validate`: parses article files and checks JSON article files against the schema.
 * Prints each problem as `path:line: reason`; exit 1 when any file failed.
 */
export async function validateCommand(
  inputs: string[],
  options: ValidateCommandOptions,
): Promise<number> {
  const resolved = await resolveInputs(inputs, { extraExtensions: ["json", "ndjson"] });
  const reports: FileReport[] = resolved.problems.map((problem) => ({
    path: problem.input,
    ok: false,
    articles: 0,
    warnings: 0,
    problems: [{ code: "io", message: problem.reason }],
  }));
  if (!options.json) reports.forEach(printReport);
  for await (const report of checkSources(resolved.sources, options.strict === true)) {
    reports.push(report);
    if (!options.json) printReport(report);
  }
  const failed = reports.filter((report) => !report.ok).length;
  if (options.json) {
    const summary = {
      files: reports.length,
      valid: reports.length - failed,
      failed,
      results: reports,
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    const noun = reports.length === 1 ? "file" : "files";
    const warnings = reports.reduce((sum, report) => sum + report.warnings, 0);
    const warningNote =
      warnings > 0 && !options.strict ? `; ${warnings} parser warnings (--strict lists them)` : "";
    printNote(
      `checked ${reports.length} ${noun}: ${reports.length - failed} valid, ${failed} failed${warningNote}`,
    );
  }
  return failed > 0 ? EXIT_FAILED : EXIT_OK;
}
