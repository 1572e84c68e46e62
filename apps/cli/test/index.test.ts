import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  cliPath,
  fixturesDir,
  hasStackTrace,
  runCli,
  seedFile,
  seedsDir,
  tempDir,
} from "./helpers.js";

const work = tempDir("news-store-");
const db = join(work, "news.db");
const ESC = "\u001b[";

let firstIndex: { code: number | null; stdout: string; stderr: string };

beforeAll(() => {
  firstIndex = runCli(["index", seedsDir, fixturesDir, "--db", db, "--json"]);
});

describe("news index", () => {
  it("indexes the seed and the fixtures, with plain progress lines and a summary off a terminal", () => {
    expect(firstIndex.code, firstIndex.stderr).toBe(0);
    const result = JSON.parse(firstIndex.stdout) as { indexed: number; failed: number };
    expect(result).toMatchObject({ indexed: 3, failed: 0 });
    expect(firstIndex.stderr).toMatch(/^indexing 3\/3 files/m);
    expect(firstIndex.stderr).toMatch(/3 indexed, 0 unchanged, 0 removed, 0 failed/);
    expect(firstIndex.stderr).not.toContain(ESC);
  });

  it("finds nothing to do the second time", () => {
    const run = runCli(["index", seedsDir, fixturesDir, "--db", db]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/0 indexed, 3 unchanged, 0 removed, 0 failed/);
  });

  it("reports failed files with path and reason, indexes the rest and exits 1", () => {
    const folder = tempDir("news-store-bad-");
    writeFileSync(join(folder, "empty.txt"), "");
    const binary = new Uint8Array(2048);
    for (let index = 0; index < binary.length; index += 1) binary[index] = (index * 31 + 7) % 256;
    writeFileSync(join(folder, "binary.txt"), binary);
    writeFileSync(
      join(folder, "good.txt"),
      "A Good Headline About Nothing\n\nA first paragraph of text.\n",
    );
    const run = runCli(["index", folder, "--db", join(folder, "bad.db")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/1 indexed, 0 unchanged, 0 removed, 2 failed/);
    expect(run.stderr).toMatch(/empty\.txt.*empty/i);
    expect(run.stderr).toMatch(/binary\.txt: .{4,}/);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it("stops cleanly on Ctrl-C, keeping what it indexed, exit 130", async () => {
    const folder = tempDir("news-store-many-");
    const [title = "", , ...body] = readFileSync(seedFile(), "utf8").split("\n");
    for (let index = 0; index < 400; index += 1) {
      const paragraphs = body.slice(index % 5, (index % 5) + 3).join("\n");
      writeFileSync(
        join(folder, `story-${index}.txt`),
        `${title} (part ${index})\n\n${paragraphs}\n`,
      );
    }
    const child = spawn(
      process.execPath,
      [cliPath, "index", folder, "--db", join(folder, "int.db")],
      {
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    let stderr = "";
    let interrupted = false;
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!interrupted && /indexing \d+\/400/.test(stderr)) interrupted = child.kill("SIGINT");
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    if (/400 indexed/.test(stderr)) {
      console.warn("Ctrl-C test: indexing finished before the signal arrived");
      return;
    }
    expect(code, stderr).toBe(130);
    expect(stderr).toContain("interrupted");
    expect(hasStackTrace(stderr)).toBe(false);
    const stats = runCli(["stats", "--db", join(folder, "int.db"), "--json"]);
    expect(stats.code, stats.stderr).toBe(0);
    expect((JSON.parse(stats.stdout) as { articles: number }).articles).toBeLessThan(400);
  });

  it("reports a missing folder and exits 1", () => {
    const run = runCli(["index", join(work, "no-such-folder"), "--db", join(work, "other.db")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no such file or directory");
  });
});
