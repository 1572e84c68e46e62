import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { CliError, describeSystemError } from "../errors.js";

/** Where a command writes its data: standard output, or the file given with `--out`. */
export interface Output {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

async function writeRespectingBackpressure(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}

function stdoutOutput(): Output {
  return {
    write: (text) => writeRespectingBackpressure(process.stdout, text),
    close: async () => {},
  };
}

async function fileOutput(path: string): Promise<Output> {
  const stream = createWriteStream(path);
  let failure: Error | undefined;
  stream.on("error", (error) => {
    failure = error;
  });
  const fail = (error: unknown) =>
    new CliError(`cannot write ${path}: ${describeSystemError(error)}`);
  try {
    await once(stream, "open");
  } catch (error) {
    throw fail(error);
  }
  return {
    async write(text) {
      if (failure) throw fail(failure);
      try {
        await writeRespectingBackpressure(stream, text);
      } catch (error) {
        throw fail(error);
      }
    },
    async close() {
      if (failure) throw fail(failure);
      stream.end();
      try {
        await once(stream, "finish");
      } catch (error) {
        throw fail(error);
      }
    },
  };
}

export function openOutput(outFile: string | undefined): Promise<Output> {
  return outFile === undefined || outFile === "-"
    ? Promise.resolve(stdoutOutput())
    : fileOutput(outFile);
}

/** Writes one finished document, such as a feed or a table, and closes the output. */
export async function writeDocument(outFile: string | undefined, text: string): Promise<void> {
  const output = await openOutput(outFile);
  await output.write(text.endsWith("\n") ? text : `${text}\n`);
  await output.close();
}
