// Parses the BBC corpus in-process, single-threaded, and prints the throughput in MB/s.
// Run after a build: `pnpm --filter @news/parser bench` (NEWS_SHARED points to ../shared).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "../dist/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.NEWS_SHARED ?? resolve(here, "../../../../shared");
const corpus = join(shared, "corpus", "bbc");
// The target; set PARSER_MIN_MBPS to make a slower run fail (exit code 1).
const TARGET_MBPS = 20;
const minimum =
  process.env.PARSER_MIN_MBPS === undefined ? undefined : Number(process.env.PARSER_MIN_MBPS);

function listFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listFiles(path);
      return name.endsWith(".txt") && name !== "README.TXT" ? [path] : [];
    });
}

let files;
try {
  files = listFiles(corpus).map((path) => ({ path, bytes: readFileSync(path) }));
} catch {
  console.warn(`parser bench skipped: ${corpus} not found (set NEWS_SHARED)`);
  process.exit(0);
}
const totalBytes = files.reduce((sum, file) => sum + file.bytes.length, 0);

function run() {
  let failed = 0;
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (const file of files) {
    try {
      parseArticle(file.bytes, { path: file.path });
    } catch (error) {
      if (failed++ === 0) console.error(`parser bench: ${file.path}: ${error.message}`);
    }
  }
  const cpu = process.cpuUsage(cpuBefore);
  return {
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    failed,
  };
}

run(); // warm-up: JIT and lazily built tables
const rounds = Number(process.env.PARSER_BENCH_ROUNDS ?? 3);
let best = Number.POSITIVE_INFINITY;
let bestCpu = Number.POSITIVE_INFINITY;
let failed = 0;
for (let round = 0; round < rounds; round++) {
  const result = run();
  best = Math.min(best, result.seconds);
  bestCpu = Math.min(bestCpu, result.cpuSeconds);
  failed = result.failed;
}
const mbps = totalBytes / 1e6 / best;
// CPU time says more than wall time on a busy machine (it includes the GC's helper threads).
const cpuMbps = totalBytes / 1e6 / bestCpu;
console.log(
  `parser: ${files.length} files, ${(totalBytes / 1e6).toFixed(2)} MB in ${(best * 1000).toFixed(0)} ms = ${mbps.toFixed(1)} MB/s (best of ${rounds}; ${cpuMbps.toFixed(1)} MB/s of CPU time), ${failed} failed`,
);
if (mbps < (minimum ?? TARGET_MBPS)) {
  console.warn(`parser: below ${minimum ?? TARGET_MBPS} MB/s`);
  if (minimum !== undefined) process.exitCode = 1;
}
