import { type FileParseResult, parseFiles, safeParseArticle } from "@news/parser";
import { type InputSource, readStdin, STDIN_LABEL } from "./inputs.js";

async function parseStdin(): Promise<FileParseResult> {
  const result = safeParseArticle(await readStdin());
  return { path: STDIN_LABEL, ...result };
}

/**
 * Parses every source in order: runs of files go through the parser's bounded, concurrent
 * `parseFiles`; standard input is read whole where it appears.
 */
export async function* parseSources(sources: InputSource[]): AsyncGenerator<FileParseResult> {
  let run: string[] = [];
  for (const source of sources) {
    if (source.kind === "file") {
      run.push(source.path);
      continue;
    }
    if (run.length > 0) yield* parseFiles(run);
    run = [];
    yield await parseStdin();
  }
  if (run.length > 0) yield* parseFiles(run);
}
