// Store benchmarks: index the BBC corpus (and, with BENCH_FULL=1, a generated 200,000-article corpus),
// then time search, listArticles and getArticle in-process. Prints one JSON object per line.
// Env: NEWS_SHARED (default <repo>/../shared), BENCH_FULL=1, BENCH_FILES (size of the generated corpus).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findArticleFiles, safeParseArticle } from "@news/parser";
import { findProjectRoot, openStore } from "../dist/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(process.env.NEWS_SHARED ?? join(findProjectRoot(here), "..", "shared"));
const bbc = join(shared, "corpus", "bbc");
const QUERIES = [
  "tariff",
  "election",
  "minister",
  "football",
  "film",
  "music",
  "economy",
  "growth",
  "shares",
  "bank",
  "china",
  "oil",
  "game",
  "mobile",
  "software",
  "labour",
  "chelsea",
  "oscar",
  "album",
  "broadband",
  "court",
  "injury",
  "profit",
  "budget",
  "market",
  "players",
  "internet",
  "police",
  "said",
  "government",
  '"prime minister"',
  '"interest rates"',
  "champion*",
  "elect*",
  "blair brown",
  "iraq war",
  "tax cuts",
];

const print = (record) => console.log(JSON.stringify(record));
const work = mkdtempSync(join(tmpdir(), "news-store-bench-"));

try {
  if (!existsSync(bbc)) {
    print({ bench: "store", skipped: `${bbc} not found (set NEWS_SHARED)` });
  } else {
    const files = await findArticleFiles([bbc]);
    print({ bench: "parse-bbc", ...(await timeParse(files)) });
    await benchCorpus("bbc", bbc);
    if (process.env.BENCH_FULL === "1") {
      const count = Number(process.env.BENCH_FILES ?? 200_000);
      const folder = join(work, "generated");
      const started = performance.now();
      generateCorpus(files, folder, count);
      print({ bench: "generate", files: count, ms: Math.round(performance.now() - started) });
      await benchCorpus(`generated-${count}`, folder);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Parser-only time for the same files, so the store's own share of the indexing time is visible. */
async function timeParse(files) {
  const buffers = files.map((file) => readFileSync(file));
  const started = performance.now();
  let failed = 0;
  buffers.forEach((bytes, i) => {
    if (!safeParseArticle(bytes, { path: files[i] }).ok) failed++;
  });
  return { files: files.length, failed, ms: Math.round(performance.now() - started) };
}

async function benchCorpus(name, folder) {
  const dbPath = join(work, `${name}.db`);
  const store = openStore({ path: dbPath });
  const started = performance.now();
  const result = await store.indexFiles(folder);
  const indexMs = Math.round(performance.now() - started);
  const rawBytes = folderBytes(folder);
  store.close();
  const dbBytes = fileBytes(dbPath) + fileBytes(`${dbPath}-wal`);
  const reader = openStore({ path: dbPath, readonly: true });
  const stats = reader.stats();
  print({
    bench: `index-${name}`,
    files: result.indexed + result.unchanged + result.failed,
    indexed: result.indexed,
    failed: result.failed,
    articles: stats.articles,
    ms: indexMs,
    msPerFile: round(indexMs / Math.max(1, result.indexed)),
    rawBytes,
    dbBytes,
    dbToRaw: round(dbBytes / rawBytes),
  });
  const rerunStarted = performance.now();
  const writer = openStore({ path: dbPath });
  const rerun = await writer.indexFiles(folder);
  writer.close();
  print({
    bench: `reindex-unchanged-${name}`,
    unchanged: rerun.unchanged,
    ms: Math.round(performance.now() - rerunStarted),
  });
  benchReads(name, reader);
  reader.close();
}

function benchReads(name, store) {
  const rounds = 5;
  const searches = { wall: [], cpu: [] };
  let hits = 0;
  for (let round = 0; round < rounds; round++) {
    for (const query of QUERIES) {
      hits += timed(searches, () => store.search(query, { limit: 20 })).items.length;
    }
  }
  print({ bench: `search-${name}`, queries: searches.wall.length, hits, ...summary(searches) });

  const lists = { wall: [], cpu: [] };
  const slugs = [];
  let cursor;
  for (let page = 0; page < 200; page++) {
    const result = timed(lists, () => store.listArticles({ limit: 20, cursor }));
    slugs.push(...result.items.map((item) => item.slug));
    cursor = result.nextCursor ?? undefined;
    if (!cursor) break;
  }
  for (const { name: section } of store.listSections()) {
    timed(lists, () => store.listArticles({ limit: 20, section }));
  }
  print({ bench: `listArticles-${name}`, pages: lists.wall.length, ...summary(lists) });

  const gets = { wall: [], cpu: [] };
  for (let i = 0; i < 1000; i++) {
    const slug = slugs[(i * 7919) % slugs.length];
    timed(gets, () => store.getArticle(slug));
  }
  print({ bench: `getArticle-${name}`, calls: gets.wall.length, ...summary(gets) });
}

/**
 * Replicates the BBC files into `count` distinct articles: each copy's headline starts with a counter
 * word and a unique closing sentence is appended, so ids and slugs differ while the prose stays real.
 */
function generateCorpus(files, folder, count) {
  const words = [
    "Alpha",
    "Bravo",
    "Charlie",
    "Delta",
    "Echo",
    "Foxtrot",
    "Golf",
    "Hotel",
    "India",
    "Juliet",
  ];
  const sources = files.map((file) => ({
    section: file.split("/").at(-2),
    text: readFileSync(file, "latin1"),
  }));
  for (const section of new Set(sources.map((s) => s.section)))
    mkdirSync(join(folder, section), { recursive: true });
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const copy = Math.floor(i / sources.length);
    const counter = `${words[copy % words.length]}${Math.floor(copy / words.length) || ""}`;
    const text = `${counter} ${source.text.trimStart().trimEnd()}\n\nThis is replica ${i} of the corpus.\n`;
    writeFileSync(
      join(folder, source.section, `${String(i).padStart(6, "0")}.txt`),
      text,
      "latin1",
    );
  }
}

/** Runs `fn`, recording wall-clock and CPU milliseconds (CPU time is steadier on a busy machine). */
function timed(record, fn) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = fn();
  record.wall.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  record.cpu.push((used.user + used.system) / 1000);
  return value;
}

function summary(record) {
  const wall = percentiles(record.wall);
  const cpu = percentiles(record.cpu);
  return { ...wall, cpuP50Ms: cpu.p50Ms, cpuP99Ms: cpu.p99Ms };
}

function percentiles(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p) => round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);
  return { p50Ms: at(0.5), p99Ms: at(0.99), maxMs: round(sorted[sorted.length - 1]) };
}

function folderBytes(folder) {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function fileBytes(path) {
  return existsSync(path) ? statSync(path).size : 0;
}

function round(value) {
  return Math.round(value * 1000) / 1000;
}
