import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { decodeArticle } from "./doc-codec.js";
import { openStore } from "./index.js";
import { openDatabase } from "./sqlite/database.js";
import { bbcDir, hasBbc, seedFile, tempDir } from "./testing/fixtures.js";

const FILES = 600;
const temp = tempDir();
afterAll(() => temp.cleanup());

/** Many distinct articles built from real ones: copies with a numbered closing line. */
function buildCorpus(dir: string): void {
  const sources = [seedFile];
  if (hasBbc) {
    for (const section of ["business", "politics", "tech"]) {
      const folder = join(bbcDir, section);
      for (const name of readdirSync(folder).slice(0, 60)) sources.push(join(folder, name));
    }
  }
  for (let i = 0; i < FILES; i++) {
    const section = ["world", "business", "tech"][i % 3] ?? "world";
    mkdirSync(join(dir, section), { recursive: true });
    const text = readFileSync(sources[i % sources.length] ?? seedFile, "latin1");
    writeFileSync(
      join(dir, section, `${i}.txt`),
      `${text.trimEnd()}\n\nFile ${i} ends here.\n`,
      "latin1",
    );
  }
}

function snapshot(path: string) {
  const db = openDatabase(path, false);
  try {
    const articles = (
      db
        .prepare(
          "SELECT a.id, a.slug, d.doc, d.text FROM articles a JOIN documents d ON d.article = a.rowid ORDER BY a.id",
        )
        .all() as {
        id: string;
        slug: string;
        doc: Buffer;
        text: Buffer;
      }[]
    ).map((row) => ({ id: row.id, slug: row.slug, article: decodeArticle(row) }));
    const entities = db
      .prepare(
        "SELECT slug, type, name, aliases, article_count, mention_count FROM entities ORDER BY slug",
      )
      .all();
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM figures) AS figures,
           (SELECT count(*) FROM article_entities) AS links, (SELECT count(*) FROM files) AS files`,
      )
      .get();
    db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run();
    return { articles, entities, counts };
  } finally {
    db.close();
  }
}

function runChildAndKill(
  dbPath: string,
  folder: string,
): Promise<{ killed: boolean; lines: number }> {
  const script = join(import.meta.dirname, "testing", "index-child.mjs");
  const child = spawn(process.execPath, [script, dbPath, folder], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let lines = 0;
  let scheduled = false;
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      lines += chunk.toString().split("\n").length - 1;
      if (!scheduled && lines >= 5) {
        scheduled = true;
        setTimeout(() => child.kill("SIGKILL"), 20 + Math.random() * 300);
      }
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) => resolve({ killed: signal === "SIGKILL", lines }));
  });
}

describe("a writer killed with SIGKILL in the middle of an ingest", () => {
  it("leaves a consistent database that a re-run brings to the clean result", async () => {
    const folder = join(temp.dir, "corpus");
    buildCorpus(folder);
    const crashed = join(temp.dir, "crashed.db");
    const { killed, lines } = await runChildAndKill(crashed, folder);
    expect(killed, "the child finished before it could be killed").toBe(true);
    expect(lines).toBeLessThan(FILES);

    const db = new Database(crashed);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);
    db.close();

    const recovered = openStore({ path: crashed });
    const rerun = await recovered.indexFiles(folder);
    recovered.close();
    expect(rerun.failed).toBe(0);
    expect(rerun.unchanged).toBeGreaterThan(0);

    const clean = openStore({ path: join(temp.dir, "clean.db") });
    expect((await clean.indexFiles(folder)).failed).toBe(0);
    clean.close();

    const a = snapshot(crashed);
    const b = snapshot(join(temp.dir, "clean.db"));
    expect(a.articles.length).toBe(FILES);
    expect(a.counts).toEqual(b.counts);
    expect(a.entities).toEqual(b.entities);
    expect(a.articles).toEqual(b.articles);
  }, 120_000);
});
