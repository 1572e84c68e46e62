import { spawnSync } from "node:child_process";
import { openSync } from "node:fs";
import { cliBin } from "./paths.js";
import type { BenchRow } from "./report.js";
import { interleave } from "./stats.js";

/** Wall time of one run of a command; exit 1 (some inputs failed) still counts as a run. */
function wallSeconds(
  command: string,
  args: readonly string[],
  stdout: number | "ignore" = "ignore",
): number {
  const started = performance.now();
  const run = spawnSync(command, args, { stdio: ["ignore", stdout, "pipe"] });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`${command} ${args.join(" ")} exited ${run.status}: ${run.stderr.toString()}`);
  }
  return seconds;
}

export async function benchCliStartup(): Promise<BenchRow> {
  const stats = await interleave(
    {
      ours: () => wallSeconds(process.execPath, [cliBin, "--version"]) * 1000,
      node: () => wallSeconds(process.execPath, ["-e", ""]) * 1000,
    },
    { warmup: 3, rounds: 21 },
  );
  return {
    figure: "CLI start: `news --version`",
    unit: "ms",
    ours: stats.ours,
    anchor: { name: 'node -e ""', stat: stats.node },
    ratio: {
      value: stats.ours.median / stats.node.median,
      reads: "ours ÷ anchor, lower is better",
    },
    goal: "≤ 100 ms median",
    met: stats.ours.median <= 100,
    command: "node apps/cli/dist/news.js --version",
  };
}

export async function benchCliParse(corpusDir: string): Promise<BenchRow> {
  const devNull = openSync("/dev/null", "w");
  const stats = await interleave(
    {
      ours: () =>
        wallSeconds(process.execPath, [cliBin, "parse", corpusDir, "--format", "ndjson"], devNull),
      cat: () =>
        wallSeconds("find", [corpusDir, "-name", "*.txt", "-exec", "cat", "{}", "+"], devNull),
    },
    { warmup: 1, rounds: 5 },
  );
  return {
    figure: "CLI: parse the BBC corpus to NDJSON",
    unit: "s",
    ours: stats.ours,
    anchor: { name: "find … -exec cat (reading the files)", stat: stats.cat },
    ratio: { value: stats.ours.median / stats.cat.median, reads: "ours ÷ anchor, lower is better" },
    goal: "≤ 1.5 s on 2 cores",
    met: stats.ours.median <= 1.5,
    command: "news parse ../shared/corpus/bbc --format ndjson > /dev/null",
  };
}
