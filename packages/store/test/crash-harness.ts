/**
 * Helpers for the crash-safety run: a folder of articles, an indexer that can be killed, and a
 * canonical dump of what the store holds, to compare a recovered database with a clean one.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@news/store";
import Database from "better-sqlite3";

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, "../../..");
const worker = join(here, "index-worker.mjs");

const SECTIONS = ["world", "business", "politics", "technology", "sport"];

/**
 * Writes `count` variations of the repository's seed article into `dir/<section>/NNNN.txt`: the
 * same prose with a distinct headline, rotated paragraphs and changed figures, so every file is a
 * distinct article with entities, quotes and numbers.
 */
export function writeSeedVariations(dir: string, count: number): void {
  const seedDir = join(repoRoot, "seeds");
  const seedFile = readdirSync(seedDir).find((name) => name.endsWith(".txt"));
  if (seedFile === undefined) throw new Error(`no seed article in ${seedDir}`);
  const [title = "", , ...body] = readFileSync(join(seedDir, seedFile), "utf8").split("\n");
  const paragraphs = body.filter((line) => line.trim().length > 0);
  for (let i = 0; i < count; i++) {
    const section = SECTIONS[i % SECTIONS.length] ?? "world";
    const shift = i % Math.max(1, paragraphs.length);
    const rotated = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)]
      .slice(0, 3 + (i % 7))
      .map((paragraph) => paragraph.replace(/\d+/g, (digits) => String(Number(digits) + (i % 97))));
    const text = [`${title} — update ${i}`, "", ...rotated].join("\n");
    mkdirSync(join(dir, section), { recursive: true });
    writeFileSync(join(dir, section, `${String(i).padStart(4, "0")}.txt`), `${text}\n`);
  }
}

export interface WorkerRun {
  child: ChildProcess;
  done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
}

/** Starts an index run of `dir` into `dbPath` in a child process. */
export function startIndexer(dir: string, dbPath: string): WorkerRun {
  const child = spawn(process.execPath, [worker, dir, dbPath], {
    cwd: here,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolvePromise, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Runs an index to completion; throws with the child's stderr when it fails. */
export async function indexToCompletion(dir: string, dbPath: string): Promise<number> {
  const started = performance.now();
  const { done } = startIndexer(dir, dbPath);
  const result = await done;
  if (result.code !== 0) {
    throw new Error(`index run exited with ${result.code ?? result.signal}:\n${result.stderr}`);
  }
  return performance.now() - started;
}

export interface IntegrityReport {
  integrity: string[];
  fts: Record<string, string>;
}

/** PRAGMA integrity_check plus FTS5's own 'integrity-check' on every FTS5 table. */
export function checkIntegrity(dbPath: string): IntegrityReport {
  const db = new Database(dbPath);
  try {
    const integrity = db
      .prepare("PRAGMA integrity_check")
      .all()
      .map((row) => String(Object.values(row as Record<string, unknown>)[0]));
    const ftsTables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'")
      .all()
      .map((row) => String((row as { name: string }).name));
    const fts: Record<string, string> = {};
    for (const table of ftsTables) {
      const quoted = `"${table.replace(/"/g, '""')}"`;
      try {
        db.prepare(`INSERT INTO ${quoted}(${quoted}) VALUES ('integrity-check')`).run();
        fts[table] = "ok";
      } catch (error) {
        fts[table] = (error as Error).message;
      }
    }
    return { integrity, fts };
  } finally {
    db.close();
  }
}

const SEARCH_PROBES = ["trade", "minister", "india", "government", "said"];

/**
 * What a reader can see, in a stable order and without the times of indexing: every article
 * (sorted by id, as JSON), every entity with its counts, sections, stats and a few searches.
 */
export function canonicalDump(dbPath: string): string {
  const store = openStore({ path: dbPath, readonly: true });
  try {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = store.listArticles({ limit: 100, ...(cursor === undefined ? {} : { cursor }) });
      ids.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    ids.sort();
    const articles = ids.map((id) => JSON.stringify(store.getArticle(id)));
    const entities = store
      .listEntities({ limit: 100_000 })
      .map((entity) => JSON.stringify(entity))
      .sort();
    const quotes: string[] = [];
    let quoteCursor: string | undefined;
    do {
      const page = store.listQuotes({
        limit: 100,
        ...(quoteCursor === undefined ? {} : { cursor: quoteCursor }),
      });
      quotes.push(...page.items.map((quote) => JSON.stringify(quote)));
      quoteCursor = page.nextCursor ?? undefined;
    } while (quoteCursor !== undefined);
    quotes.sort();
    const { lastIndexedAt: _ignored, ...stats } = store.stats();
    const searches = SEARCH_PROBES.map((query) => ({
      query,
      hits: store
        .search(query, { limit: 50 })
        .items.map((hit) => hit.id)
        .sort(),
    }));
    return JSON.stringify(
      {
        count: ids.length,
        ids,
        articles,
        entities,
        sections: store.listSections(),
        stats,
        searches,
      },
      null,
      1,
    );
  } finally {
    store.close();
  }
}

/** A small deterministic generator (mulberry32), so a run's kill times can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Names the parts of two dumps that differ, such as "articles (12 of 300), stats". */
export function differingParts(actual: string, expected: string): string {
  const a = JSON.parse(actual) as Record<string, unknown>;
  const b = JSON.parse(expected) as Record<string, unknown>;
  return Object.keys(b)
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .map((key) => {
      const left = a[key];
      const right = b[key];
      if (!Array.isArray(left) || !Array.isArray(right)) return key;
      const differing = right.filter(
        (item, index) => JSON.stringify(item) !== JSON.stringify(left[index]),
      );
      return `${key} (${differing.length} of ${right.length}; actual has ${left.length})`;
    })
    .join(", ");
}
