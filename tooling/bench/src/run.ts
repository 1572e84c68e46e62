import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchCliParse, benchCliStartup } from "./cli-bench.js";
import { loadSectionedCorpus } from "./corpus.js";
import { describeMachine } from "./machine.js";
import {
  benchParserMemory,
  benchParserPathological,
  benchParserThroughput,
} from "./parser-bench.js";
import { bbcDir, hasBbc, reportPath } from "./paths.js";
import { type BenchRow, renderReport } from "./report.js";
import { benchSite } from "./site-bench.js";
import { benchStoreOnCorpus, benchStoreReplica } from "./store-bench.js";

const replicaSize = Number(process.env.BENCH_REPLICA_ARTICLES ?? 200_000);
/** BENCH_ONLY=parser,store runs some of the steps and prints the table instead of rewriting the report. */
const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());

async function main(): Promise<void> {
  if (!hasBbc) {
    console.error(
      `bench: the BBC corpus is not at ${bbcDir}; set NEWS_SHARED to the folder that holds corpus/.`,
    );
    process.exit(1);
  }
  const files = loadSectionedCorpus(bbcDir);
  const rows: BenchRow[] = [];
  const step = async (name: string, run: () => Promise<BenchRow[]> | BenchRow[]) => {
    if (only && !only.some((wanted) => name.startsWith(wanted))) return;
    const started = performance.now();
    process.stderr.write(`bench: ${name}…`);
    rows.push(...(await run()));
    process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  };
  await step("parser throughput", () => benchParserThroughput(bbcDir, files));
  await step("parser pathological inputs", () => benchParserPathological(files));
  await step("parser memory", () => [benchParserMemory(bbcDir)]);
  await step("CLI start", async () => [await benchCliStartup()]);
  await step("CLI parse", async () => [await benchCliParse(bbcDir)]);
  await step("store on BBC", () => benchStoreOnCorpus(bbcDir, files));
  if (replicaSize > 0) {
    await step(`store on a ${replicaSize}-article replica`, () =>
      benchStoreReplica(files, replicaSize),
    );
  }
  await step("site", async () => {
    const siteDb = mkdtempSync(join(tmpdir(), "news-bench-site-"));
    try {
      return await benchSite(bbcDir, join(siteDb, "news.db"));
    } finally {
      rmSync(siteDb, { recursive: true, force: true });
    }
  });
  const report = renderReport(rows, describeMachine(), new Date());
  if (only) {
    console.log(report);
  } else {
    writeFileSync(reportPath, report);
    console.log(`bench: wrote ${reportPath}`);
  }
  const missed = rows.filter((row) => row.met === false);
  console.log(`bench: ${rows.length} figures, ${missed.length} goals missed`);
  for (const row of missed) console.log(`  missed: ${row.figure} (${row.goal})`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
