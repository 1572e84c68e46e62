// Startup and throughput of the built CLI, as JSON lines on standard output:
//   node bench/startup.mjs            (BENCH_RUNS=30 to change the number of runs)
// Wall times and, on Linux, CPU times (less skewed by a busy machine).
// Measures `news --version` and `news --help` against a bare `node -e ""` (median of N runs), and the
// wall time of `news parse <shared>/corpus/bbc --format ndjson > /dev/null` when the corpus is there.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const cli = resolve(here, "../dist/news.js");
const repoRoot = resolve(here, "../../..");
const shared = process.env.NEWS_SHARED ?? resolve(repoRoot, "../shared");
const runs = Number(process.env.BENCH_RUNS ?? 20);

if (!existsSync(cli)) {
  console.error(`bench: build the CLI first (${cli} is missing)`);
  process.exit(1);
}

/** CPU time of waited-for children (Linux /proc/self/stat cutime + cstime), which load skews less than wall time. */
function childrenCpuMs() {
  if (!existsSync("/proc/self/stat")) return Number.NaN;
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

function timeOnce(args, stdout = "ignore") {
  const cpuBefore = childrenCpuMs();
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", stdout, "ignore"] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, cpuMs: childrenCpuMs() - cpuBefore, status: result.status };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const round = (ms) => Math.round(ms * 10) / 10;

function emit(record) {
  process.stdout.write(`${JSON.stringify({ bench: "cli", ...record })}\n`);
}

// Alternate the commands run by run so that machine load affects them alike.
const commands = {
  'node -e ""': ["-e", ""],
  "news --version": [cli, "--version"],
  "news --help": [cli, "--help"],
};
const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
const cpu = Object.fromEntries(Object.keys(commands).map((name) => [name, 0]));
for (let run = 0; run < runs; run += 1) {
  for (const [name, args] of Object.entries(commands)) {
    const { ms, cpuMs } = timeOnce(args);
    samples[name].push(ms);
    cpu[name] += cpuMs;
  }
}
const baseline = median(samples['node -e ""']);
for (const [name, values] of Object.entries(samples)) {
  const medianMs = median(values);
  emit({
    name,
    runs,
    medianMs: round(medianMs),
    minMs: round(Math.min(...values)),
    overNodeMs: round(medianMs - baseline),
    cpuMsPerRun: round(cpu[name] / runs),
  });
}

const bbc = join(shared, "corpus", "bbc");
if (existsSync(bbc)) {
  const files = readdirSync(bbc, { recursive: true }).filter((name) =>
    String(name).endsWith(".txt"),
  ).length;
  const devNull = openSync("/dev/null", "w");
  const { ms, cpuMs, status } = timeOnce([cli, "parse", bbc, "--format", "ndjson"], devNull);
  closeSync(devNull);
  emit({
    name: "news parse corpus/bbc --format ndjson > /dev/null",
    files,
    wallMs: round(ms),
    filesPerSecond: round((files / ms) * 1000),
    cpuMs: round(cpuMs),
    exitCode: status,
  });
} else {
  emit({
    name: "news parse corpus/bbc --format ndjson > /dev/null",
    skipped: `no corpus at ${bbc}`,
  });
}
