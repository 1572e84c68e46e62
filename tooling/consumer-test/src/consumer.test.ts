import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  isInWorkspace,
  type PublishableName,
  type PublishablePackage,
  publishablePackages,
  repoRoot,
} from "./publishable.js";
import { run } from "./run.js";
import { type PackedPackage, packPackage, readFromTarball } from "./tarball.js";

const fixturesDir = join(repoRoot, "tooling/consumer-test/fixtures");
const seedPath = join(repoRoot, "seeds/000_3e38a193c9175502.txt");
// npm compiles better-sqlite3 from source unless its cache has a build: minutes on a busy machine.
const npmInstallTimeoutMs = 10 * 60 * 1000;

const present = publishablePackages.filter(isInWorkspace);
for (const pkg of publishablePackages.filter((candidate) => !isInWorkspace(candidate))) {
  console.warn(`[consumer-test] SKIPPING ${pkg.name}: ${pkg.dir} is not in the workspace yet`);
}
const has = (name: PublishableName): boolean => present.some((pkg) => pkg.name === name);

const packed = new Map<PublishableName, PackedPackage>();
let workDir = "";
let projectDir = "";
let seedTitle = "";

function packedOf(name: PublishableName): PackedPackage {
  const pkg = packed.get(name);
  if (!pkg) throw new Error(`${name} was not packed`);
  return pkg;
}

async function node(script: string, ...args: string[]): Promise<unknown> {
  const { stdout } = await run(process.execPath, [script, ...args], { cwd: projectDir });
  return JSON.parse(stdout);
}

/** A fresh npm project that depends on the tarballs, as if they came from the registry. */
async function createConsumerProject(): Promise<void> {
  const dependencies: Record<string, string> = {};
  const overrides: Record<string, string> = {};
  for (const [name, pkg] of packed) {
    dependencies[name] = `file:${pkg.tarball}`;
    // Packed manifests pin sibling packages to the shared version; resolve those to the tarballs too.
    overrides[name] = `$${name}`;
  }
  dependencies["@types/node"] = "^20.19.0";
  const manifest = {
    name: "news-consumer",
    private: true,
    type: "module",
    dependencies,
    overrides,
  };
  await writeFile(join(projectDir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: projectDir,
    timeoutMs: npmInstallTimeoutMs,
  });
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "news-consumer-"));
  const tarballDir = join(workDir, "tarballs");
  projectDir = join(workDir, "project");
  await mkdir(tarballDir);
  await mkdir(projectDir);
  const tarballs = await Promise.all(
    present.map(async (pkg) => [pkg.name, await packPackage(pkg.dir, tarballDir)] as const),
  );
  for (const [name, tarball] of tarballs) packed.set(name, tarball);
  await cp(fixturesDir, projectDir, { recursive: true });
  await mkdir(join(projectDir, "seeds"));
  await copyFile(seedPath, join(projectDir, "seeds", basename(seedPath)));
  seedTitle = (await readFile(seedPath, "utf8")).split("\n")[0]?.trim() ?? "";
  await createConsumerProject();
}, npmInstallTimeoutMs + 120_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe.each(present)("the $name tarball", (pkg: PublishablePackage) => {
  it("has no workspace: or catalog: specifiers left in package.json", () => {
    const { manifestText } = packedOf(pkg.name);
    expect(manifestText).not.toMatch(/"workspace:/);
    expect(manifestText).not.toMatch(/"catalog:/);
  });

  it("pins sibling packages to their packed versions, so versions move together", () => {
    const { manifest } = packedOf(pkg.name);
    const siblingRanges = { ...manifest.dependencies, ...manifest.peerDependencies };
    for (const [name, range] of Object.entries(siblingRanges)) {
      const sibling = packed.get(name as PublishableName);
      if (sibling) expect(range, `${pkg.name} -> ${name}`).toBe(sibling.manifest.version);
    }
  });

  it("ships a README and the repository's LICENSE, and no sources or tests", async () => {
    const { files, tarball } = packedOf(pkg.name);
    expect(files).toContain("README.md");
    expect(files).toContain("LICENSE");
    expect(await readFromTarball(tarball, "LICENSE")).toBe(
      await readFile(join(repoRoot, "LICENSE"), "utf8"),
    );
    expect(
      files.filter((file) => file.startsWith("src/") || /\.test\.[cm]?[jt]s$/.test(file)),
    ).toEqual([]);
  });
});

describe.skipIf(!has("@news/schema"))("@news/schema from the tarball", () => {
  it("imports Article and toNinjs from ESM, with its JSON Schema", async () => {
    expect(await node("schema.mjs")).toEqual({
      articleParse: "function",
      rejectsEmptyObject: true,
      toNinjs: "function",
      jsonSchemaType: "object",
    });
  });

  it("requires from CommonJS and resolves @news/schema/article.schema.json", async () => {
    expect(await node("schema.cjs")).toEqual({
      articleParse: "function",
      rejectsEmptyObject: true,
      toNinjs: "function",
      jsonSchemaPath: join(projectDir, "node_modules/@news/schema/article.schema.json"),
      jsonSchemaType: "object",
    });
  });
});

describe.skipIf(!has("@news/parser"))("@news/parser from the tarball", () => {
  it("parses the seed into a schema-valid Article from ESM", async () => {
    const result = (await node("parser.mjs", join("seeds", basename(seedPath)))) as {
      title: string;
      blocks: number;
      ninjs: string;
    };
    expect(result.title).toBe(seedTitle);
    expect(result.blocks).toBeGreaterThan(1);
    expect(result.ninjs).toContain(JSON.stringify(seedTitle).slice(1, -1));
  });

  it("parses the seed and throws ParseError from CommonJS", async () => {
    expect(await node("parser.cjs", join("seeds", basename(seedPath)))).toEqual({
      title: seedTitle,
      emptyInputError: "empty",
    });
  });
});

describe.skipIf(!has("@news/store"))("@news/store from the tarball", () => {
  it("opens a temporary database and indexes the seed", async () => {
    const dbPath = join(workDir, "store-test", "news.db");
    const query = seedTitle.split(/\W+/).reduce((a, b) => (b.length > a.length ? b : a), "");
    const result = (await node("store.mjs", "seeds", dbPath, query)) as Record<string, unknown>;
    expect(result).toEqual({
      indexed: 1,
      failed: 0,
      listedTitles: [seedTitle],
      hitTitles: [seedTitle],
      fetchedTitle: seedTitle,
      storePath: dbPath,
    });
  });
});

describe.skipIf(!has("@news/cli"))("the news command from the @news/cli tarball", () => {
  it("prints the packed version", async () => {
    const { stdout } = await run("npx", ["--no", "--", "news", "--version"], { cwd: projectDir });
    expect(stdout.trim()).toBe(packedOf("@news/cli").manifest.version);
  });

  it("parses the seed into an article document", async () => {
    const seed = join("seeds", basename(seedPath));
    const { stdout } = await run("npx", ["--no", "--", "news", "parse", seed], { cwd: projectDir });
    expect(JSON.parse(stdout)).toMatchObject({ schemaVersion: 1, title: seedTitle });
  });
});

const typedPackages = present.filter((pkg) => pkg.name !== "@news/cli");

describe.skipIf(typedPackages.length === 0)("a TypeScript consumer", () => {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const typeFiles = typedPackages.map((pkg) => `types/${pkg.name.replace("@news/", "")}.ts`);

  async function typecheck(name: string, compilerOptions: object, files: string[]): Promise<void> {
    const config = {
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023"],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ["node"],
        ...compilerOptions,
      },
      files,
    };
    await writeFile(join(projectDir, name), JSON.stringify(config, null, 2));
    await run(process.execPath, [tsc, "-p", name], { cwd: projectDir, timeoutMs: 120_000 });
  }

  it("typechecks ESM and CommonJS files under moduleResolution node16", async () => {
    const commonJsFiles = typeFiles.map((file) => file.replace(/\.ts$/, ".cts"));
    for (const [index, file] of typeFiles.entries()) {
      const commonJsFile = commonJsFiles[index];
      if (commonJsFile) await copyFile(join(projectDir, file), join(projectDir, commonJsFile));
    }
    await typecheck("tsconfig.node16.json", { module: "node16", moduleResolution: "node16" }, [
      ...typeFiles,
      ...commonJsFiles,
    ]);
  });

  it("typechecks under moduleResolution bundler", async () => {
    await typecheck(
      "tsconfig.bundler.json",
      { module: "esnext", moduleResolution: "bundler" },
      typeFiles,
    );
  });
});
