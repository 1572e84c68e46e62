import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import {
  canonicalDump,
  checkIntegrity,
  differingParts,
  indexToCompletion,
  repoRoot,
  seededRandom,
  startIndexer,
  writeSeedVariations,
} from "./crash-harness.js";

// Short version in `pnpm test` (3 kills, 300 generated files). The long one is
// `pnpm --filter @news/store crash`: CRASH_KILLS=20 on the BBC corpus (CRASH_FILES=bbc).
const kills = Number(process.env.CRASH_KILLS ?? 3);
const filesSetting = process.env.CRASH_FILES ?? "300";
const seed = Number(process.env.CRASH_SEED ?? 9);
const sharedBbc = join(process.env.NEWS_SHARED ?? resolve(repoRoot, "../shared"), "corpus", "bbc");
const useBbc = filesSetting === "bbc" && existsSync(sharedBbc);
if (filesSetting === "bbc" && !useBbc) {
  console.warn(`crash test: ${sharedBbc} not found; using 2,000 generated files instead`);
}
const generatedCount = filesSetting === "bbc" ? 2000 : Number(filesSetting);
const budgetMs = Number(process.env.CRASH_TIMEOUT_MS ?? 170_000);

const work = mkdtempSync(join(tmpdir(), "news-crash-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface KillRecord {
  run: number;
  delayMs: number;
  onExistingDb: boolean;
  integrity: string;
  recoveryMs?: number;
  converged?: boolean;
}

describe("index survives kill -9", () => {
  it(
    `${kills} SIGKILLs at random moments leave a sound database that converges to a clean run`,
    async () => {
      const corpusDir = useBbc ? sharedBbc : join(work, "corpus");
      if (!useBbc) writeSeedVariations(corpusDir, generatedCount);

      const cleanDb = join(work, "clean.db");
      const cleanMs = await indexToCompletion(corpusDir, cleanDb);
      const reference = canonicalDump(cleanDb);
      const articleCount = (JSON.parse(reference) as { count: number }).count;
      expect(articleCount).toBeGreaterThan(0);

      const random = seededRandom(seed);
      const records: KillRecord[] = [];
      let run = 0;
      let earlyFinishes = 0;
      while (records.length < kills) {
        const dbPath = join(work, `run-${run}.db`);
        // Every other run is killed twice: the second kill lands while it recovers from the first.
        const killsThisRun = Math.min(run % 2 === 1 ? 2 : 1, kills - records.length);
        const runRecords: KillRecord[] = [];
        for (let k = 0; k < killsThisRun; k++) {
          const delayMs = Math.round(30 + random() * cleanMs);
          const { child, done } = startIndexer(corpusDir, dbPath);
          await Promise.race([sleep(delayMs), done]);
          if (child.exitCode !== null) {
            earlyFinishes++;
            continue;
          }
          child.kill("SIGKILL");
          const exit = await done;
          if (exit.signal !== "SIGKILL") {
            // It finished in the instant between the check and the kill.
            earlyFinishes++;
            continue;
          }
          const report = checkIntegrity(dbPath);
          const integrity = [...report.integrity, ...Object.values(report.fts)].every(
            (line) => line === "ok",
          )
            ? "ok"
            : JSON.stringify(report);
          runRecords.push({ run, delayMs, onExistingDb: k > 0, integrity });
          expect(integrity, `integrity after kill at ${delayMs} ms (run ${run})`).toBe("ok");
        }
        const recoveryMs = await indexToCompletion(corpusDir, dbPath);
        const dump = canonicalDump(dbPath);
        const converged = dump === reference;
        for (const record of runRecords)
          records.push({ ...record, recoveryMs: Math.round(recoveryMs), converged });
        expect(
          converged,
          `run ${run}: re-run after a kill differs from the clean run in ${differingParts(dump, reference)}`,
        ).toBe(true);
        rmSync(dbPath, { force: true });
        run++;
      }

      const summary = {
        date: new Date().toISOString(),
        corpus: useBbc ? "bbc" : `${generatedCount} seed variations`,
        articles: articleCount,
        cleanRunMs: Math.round(cleanMs),
        kills: records.length,
        killsOnExistingDb: records.filter((record) => record.onExistingDb).length,
        runsFinishedBeforeTheirKill: earlyFinishes,
        integrityOk: records.filter((record) => record.integrity === "ok").length,
        converged: records.filter((record) => record.converged).length,
        seed,
        records,
      };
      console.log(`crash summary: ${JSON.stringify(summary, null, 1)}`);
      if (process.env.CRASH_REPORT !== undefined) {
        writeFileSync(process.env.CRASH_REPORT, `${JSON.stringify(summary, null, 2)}\n`);
      }
      expect(summary.kills).toBe(kills);
    },
    budgetMs,
  );
});
