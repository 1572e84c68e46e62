import { CommanderError } from "commander";
import { CliError, describeSystemError, EXIT_FAILED, EXIT_USAGE } from "./errors.js";
import { printError } from "./io/messages.js";
import { buildProgram } from "./program.js";

// `news … | head` closes the pipe early: that is not an error worth a message.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  printError(`cannot write to standard output: ${describeSystemError(error)}`);
  process.exit(EXIT_FAILED);
});

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed the message (and any suggestion); help and --version exit 0.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
    } else if (error instanceof CliError) {
      printError(error.message);
      process.exitCode = error.exitCode;
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      printError(`unexpected error: ${detail}`);
      if (process.env.NEWS_DEBUG && error instanceof Error)
        process.stderr.write(`${error.stack}\n`);
      process.exitCode = EXIT_FAILED;
    }
  }
}

await main(process.argv);
