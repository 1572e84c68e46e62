import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixturesDir, runCli, seedFile, seedsDir, tempDir } from "./helpers.js";

const work = tempDir("news-validate-");
const goodJson = join(work, "good.json");
const badJson = join(work, "bad.json");
const brokenJson = join(work, "broken.json");
const emptyText = join(work, "empty.txt");
const unbalanced = join(work, "unbalanced.txt");

beforeAll(() => {
  const parsed = runCli(["parse", seedFile()]);
  expect(parsed.code, parsed.stderr).toBe(0);
  writeFileSync(goodJson, parsed.stdout);
  const article = JSON.parse(parsed.stdout) as Record<string, unknown>;
  writeFileSync(
    badJson,
    JSON.stringify({ ...article, slug: "Not A Slug", wordCount: -1 }, null, 2),
  );
  writeFileSync(brokenJson, '{\n  "title": "x",\n  "slug": \n}\n');
  writeFileSync(emptyText, "");
  writeFileSync(
    unbalanced,
    'A Headline About Quotes\n\nShe said "this quotation never closes.\nAnother line.\n',
  );
});

describe("news validate", () => {
  it("accepts the seed folder, the fixtures and a JSON article made by parse", () => {
    const run = runCli(["validate", seedsDir, fixturesDir, goodJson]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/checked 4 files: 4 valid, 0 failed/);
  });

  it("reports each schema problem of a JSON article with path, line and field", () => {
    const run = runCli(["validate", badJson, goodJson]);
    expect(run.code).toBe(1);
    const lines = readFileSync(badJson, "utf8").split("\n");
    const slugLine = lines.findIndex((line) => line.includes('"slug"')) + 1;
    expect(run.stdout).toContain(`${badJson}:${slugLine}: slug:`);
    expect(run.stdout).toMatch(new RegExp(`${badJson}:\\d+: wordCount:`));
    expect(run.stderr).toMatch(/checked 2 files: 1 valid, 1 failed/);
  });

  it("reports invalid JSON with its line, and an empty article file with its reason", () => {
    const run = runCli(["validate", brokenJson, emptyText]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${brokenJson}:4: invalid JSON`);
    expect(run.stdout).toMatch(new RegExp(`${emptyText}: .*empty`, "i"));
  });

  it("lists the parser's warnings as failures with --strict, and only counts them without", () => {
    const lenient = runCli(["validate", unbalanced]);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(/checked 1 file: 1 valid, 0 failed; \d+ parser warnings/);
    const strict = runCli(["validate", unbalanced, "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(new RegExp(`^${unbalanced}:3: .+ \\([a-z-]+\\)$`, "m"));
  });

  it("shows paths relative to the working directory when the argument was relative", () => {
    const run = runCli(["validate", "fixtures", "--strict"], { cwd: join(fixturesDir, "..") });
    expect(run.stderr).toContain("checked 2 files");
    const empty = runCli(["validate", "."], { cwd: work });
    expect(empty.stdout).toMatch(/^empty\.txt: /m);
  });

  it("prints a JSON report with --json", () => {
    const run = runCli(["validate", badJson, goodJson, "missing.txt", "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      files: number;
      failed: number;
      results: { path: string; ok: boolean; problems: { field?: string; line?: number }[] }[];
    };
    expect(report.files).toBe(3);
    expect(report.failed).toBe(2);
    const bad = report.results.find((result) => result.path === badJson);
    expect(bad?.problems.map((problem) => problem.field)).toEqual(
      expect.arrayContaining(["slug", "wordCount"]),
    );
    expect(report.results.find((result) => result.path === "missing.txt")?.ok).toBe(false);
  });
});
