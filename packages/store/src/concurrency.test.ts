import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "./index.js";
import { seedFile, seedsDir, tempDir } from "./testing/fixtures.js";

const temp = tempDir();
const path = join(temp.dir, "news.db");
let writer: Store;

beforeAll(async () => {
  writer = openStore({ path });
  await writer.indexFiles(seedsDir);
});

afterAll(() => {
  writer.close();
  temp.cleanup();
});

describe("readers and the writer", () => {
  it("read without waiting while another connection holds a write transaction", () => {
    const other = new Database(path);
    const reader = openStore({ path, readonly: true });
    try {
      other.exec("BEGIN IMMEDIATE");
      other
        .prepare(
          "INSERT INTO meta (key, value) VALUES ('last_indexed_at', 'x') ON CONFLICT (key) DO UPDATE SET value = 'x'",
        )
        .run();
      const started = performance.now();
      expect(reader.listArticles().items).toHaveLength(1);
      expect(reader.search("tariff").items).toHaveLength(1);
      expect(reader.stats().lastIndexedAt).not.toBe("x");
      expect(writer.search("tariff").items).toHaveLength(1);
      expect(performance.now() - started).toBeLessThan(1000);
      other.exec("COMMIT");
      expect(reader.stats().lastIndexedAt).toBe("x");
    } finally {
      if (other.inTransaction) other.exec("ROLLBACK");
      other.close();
      reader.close();
    }
  });

  it("refuses to index through a read-only store", async () => {
    const reader = openStore({ path, readonly: true });
    try {
      await expect(reader.indexFiles(seedsDir)).rejects.toThrow(/read-only/);
    } finally {
      reader.close();
    }
  });

  it("refuses to open a missing database read-only", () => {
    expect(() => openStore({ path: join(temp.dir, "missing.db"), readonly: true })).toThrow(
      /no news database/,
    );
  });
});

function indexInChild(
  dbPath: string,
  folder: string,
): Promise<{ code: number | null; output: string }> {
  const script = join(import.meta.dirname, "testing", "index-child.mjs");
  const child = spawn(process.execPath, [script, dbPath, folder], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("two writer processes", () => {
  it("index different folders into one database at the same time", async () => {
    const seedText = readFileSync(seedFile, "utf8");
    const folders = ["left", "right"].map((side) => {
      const folder = join(temp.dir, side);
      mkdirSync(folder, { recursive: true });
      for (let i = 0; i < 40; i++) {
        writeFileSync(join(folder, `${i}.txt`), `${seedText.trimEnd()}\n\nCopy ${side} ${i}.\n`);
      }
      return folder;
    });
    const dbPath = join(temp.dir, "shared.db");
    const runs = await Promise.all(folders.map((folder) => indexInChild(dbPath, folder)));
    for (const run of runs) {
      expect(run.code, run.output).toBe(0);
      expect(run.output).toContain("done");
    }
    const store = openStore({ path: dbPath, readonly: true });
    try {
      expect(store.stats().articles).toBe(80);
    } finally {
      store.close();
    }
  }, 60_000);
});
