import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
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

function elapsedMs(args: string[]): number {
  const started = performance.now();
  spawnSync(process.execPath, args, { stdio: "ignore" });
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
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

  it("answers --version within a small margin of a bare node start", () => {
    // Interleaved, so that the load of a busy machine weighs on both alike.
    const bareRuns: number[] = [];
    const versionRuns: number[] = [];
    for (let run = 0; run < 9; run += 1) {
      bareRuns.push(elapsedMs(["-e", ""]));
      versionRuns.push(elapsedMs([cliPath, "--version"]));
    }
    const bare = median(bareRuns);
    const version = median(versionRuns);
    console.log(
      `startup: node -e "" ${bare.toFixed(0)} ms, news --version ${version.toFixed(0)} ms`,
    );
    // Generous, for a loaded machine; `pnpm bench` measures it properly.
    expect(version - bare).toBeLessThan(150);
  });
});
