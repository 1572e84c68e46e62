import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliDir, cliPath } from "./helpers.js";

const dist = join(cliDir, "dist");

/** Every file `file` imports statically, transitively: what Node loads before any command runs. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(join(dist, file), "utf8");
  for (const match of source.matchAll(
    /^(?:import|export)\s[^;]*?from\s+"\.\/([^"]+)"|^import\s+"\.\/([^"]+)"/gm,
  )) {
    const target = match[1] ?? match[2];
    if (target !== undefined) staticClosure(target, seen);
  }
  return seen;
}

const hasProcStat = existsSync("/proc/self/stat");

/**
 * CPU time of the waited-for children of this process (Linux: cutime + cstime in /proc/self/stat).
 * Unlike wall time it hardly moves when other work competes for the machine.
 */
function childrenCpuMs(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields after the command name start at field 3; cutime and cstime are fields 16 and 17.
  const ticks = Number(fields[13]) + Number(fields[14]);
  return (ticks * 1000) / 100;
}

function cpuMsPerRun(args: string[], runs: number): number {
  const before = childrenCpuMs();
  for (let run = 0; run < runs; run += 1) spawnSync(process.execPath, args, { stdio: "ignore" });
  return (childrenCpuMs() - before) / runs;
}

describe("startup", () => {
  it("loads only the command line itself before a command runs", () => {
    const files = [...staticClosure("news.js")];
    const bytes = files.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0);
    expect(bytes, files.join(", ")).toBeLessThan(200_000);
    for (const file of files) {
      const source = readFileSync(join(dist, file), "utf8");
      for (const heavy of [
        "better-sqlite3",
        "packages/parser/dist",
        "packages/store/dist",
        "node_modules/feed/",
      ]) {
        expect(source, `${file} loads ${heavy} at startup`).not.toContain(heavy);
      }
    }
  });

  it.skipIf(!hasProcStat)("spends little CPU on --version beyond a bare node start", () => {
    const bare = cpuMsPerRun(["-e", ""], 10);
    const version = cpuMsPerRun([cliPath, "--version"], 10);
    console.log(
      `startup CPU per run: node -e "" ${bare.toFixed(0)} ms, news --version ${version.toFixed(0)} ms`,
    );
    // `pnpm bench` measures wall time; this guards against loading the commands eagerly.
    expect(version - bare).toBeLessThan(60);
  });
});
