import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cliDir, cliPath, repoRoot, seedFile, tempDir } from "./helpers.js";

const work = tempDir("news-pack-");
const app = join(work, "app");
const require = createRequire(import.meta.url);

function run(command: string, args: string[], cwd: string, timeout = 120_000) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    timeout,
    env: {
      ...process.env,
      // Reuse the machine's npm cache; compile native code against the local Node headers.
      npm_config_cache: process.env.npm_config_cache ?? join(process.env.HOME ?? work, ".npm"),
      ...(existsSync("/usr/include/node/node.h") ? { npm_config_nodedir: "/usr" } : {}),
      npm_config_update_notifier: "false",
      NO_COLOR: "1",
    },
  });
  return { code: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

/**
 * The install runs without scripts (npm 11 skips untrusted ones anyway, and prebuild-install
 * would wait on a download), so better-sqlite3 arrives without its native binding. Use the workspace's build of the same version (what a prebuilt
 * download would give), else compile it.
 */
function provideSqliteBinding(): void {
  const installed = join(app, "node_modules/better-sqlite3");
  const target = join(installed, "build/Release/better_sqlite3.node");
  if (existsSync(target)) return;
  const workspace = dirname(require.resolve("better-sqlite3/package.json", { paths: [cliDir] }));
  const version = (dir: string) =>
    (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
  const built = join(workspace, "build/Release/better_sqlite3.node");
  if (existsSync(built) && version(workspace) === version(installed)) {
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(built, target);
    return;
  }
  const rebuild = run("npm", ["rebuild", "better-sqlite3", "--foreground-scripts"], app, 150_000);
  expect(rebuild.code, rebuild.stderr).toBe(0);
}

beforeAll(() => {
  expect(existsSync(cliPath), "build the CLI first").toBe(true);
  // pnpm pack rewrites workspace: and catalog: ranges, as `pnpm publish` (changesets) does.
  const pack = run("pnpm", ["pack", "--pack-destination", work], cliDir);
  expect(pack.code, pack.stderr).toBe(0);
  const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
  expect(tarball).toBeDefined();
  mkdirSync(app);
  const install = run(
    "npm",
    [
      "install",
      join(work, tarball ?? ""),
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--ignore-scripts",
    ],
    app,
  );
  expect(install.code, install.stderr).toBe(0);
}, 150_000);

describe("the packed @news/cli installed into an empty folder", () => {
  it("runs `npx news --help`", () => {
    const help = run("npx", ["--no-install", "news", "--help"], app);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain("Usage: news");
  });

  it("installs only what cannot be bundled", () => {
    const manifest = JSON.parse(
      readFileSync(join(app, "node_modules/@news/cli/package.json"), "utf8"),
    ) as {
      dependencies?: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual([
      "better-sqlite3",
      "humannames",
      "world-countries",
    ]);
    expect(existsSync(join(app, "node_modules/commander"))).toBe(false);
    expect(existsSync(join(app, "node_modules/@news/parser"))).toBe(false);
  });

  it("parses the seed and prints the embedded JSON Schema", () => {
    const parsed = run("npx", ["--no-install", "news", "parse", seedFile()], app);
    expect(parsed.code, parsed.stderr).toBe(0);
    expect((JSON.parse(parsed.stdout) as { title: string }).title).toMatch(/^Modi and Trump/);
    const schema = run("npx", ["--no-install", "news", "schema"], app);
    expect((JSON.parse(schema.stdout) as { $schema: string }).$schema).toMatch(/2020-12/);
  });

  it("indexes the seeds with the native SQLite binding and reads them back", () => {
    provideSqliteBinding();
    const db = join(work, "news.db");
    const index = run(
      "npx",
      ["--no-install", "news", "index", join(repoRoot, "seeds"), "--db", db],
      app,
    );
    expect(index.code, index.stderr).toBe(0);
    const stats = run("npx", ["--no-install", "news", "stats", "--db", db, "--json"], app);
    expect((JSON.parse(stats.stdout) as { articles: number }).articles).toBe(1);
  });
});
