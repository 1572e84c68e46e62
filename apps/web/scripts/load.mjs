// Load run: `pnpm --filter @news/web load`. Indexes the BBC corpus plus the seed into a temporary
// database, starts the built site on 127.0.0.1, then drives it with autocannon for LOAD_SECONDS
// (default 60) at LOAD_CONNECTIONS (default 64) over a mix of pages and tRPC calls. Exits 1 on any
// 5xx, socket error or timeout. Set LOAD_JSON=<file> to keep the figures.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import { appDir, startServer } from "./server.mjs";

const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 64);
const repoRoot = resolve(appDir, "../..");
const shared = process.env.NEWS_SHARED ?? resolve(repoRoot, "../shared");
const bbc = process.env.LOAD_CORPUS ?? join(shared, "corpus", "bbc");

const work = mkdtempSync(join(tmpdir(), "news-load-"));
const seeds = join(work, "seeds");
const seedDir = join(repoRoot, "seeds");
cpSync(seedDir, seeds, { recursive: true });
if (existsSync(bbc)) {
  for (const section of readdirSync(bbc, { withFileTypes: true }).filter((entry) =>
    entry.isDirectory(),
  )) {
    cpSync(join(bbc, section.name), join(seeds, section.name), { recursive: true });
  }
} else {
  console.warn(`load: ${bbc} not found; loading the seed article alone`);
}

/** Files the site should index: every article file under the content folder. */
function countFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) =>
      sum +
      (entry.isDirectory()
        ? countFiles(join(dir, entry.name))
        : /\.(txt|md|markdown|story)$/.test(entry.name)
          ? 1
          : 0),
    0,
  );
}

/** The site indexes its folder at start-up: wait until the count stops short of `expected` no more, or settles. */
async function waitForArticles(url, expected, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const body = await fetch(`${url}/api/trpc/stats`)
      .then((response) => response.json())
      .catch(() => undefined);
    const count = body?.result?.data?.articles ?? 0;
    if (count >= expected) return count;
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (count > 0 && Date.now() - stableSince > 15_000) {
      return count;
    }
    await new Promise((resolveTick) => setTimeout(resolveTick, 500));
  }
  throw new Error(`the site did not finish indexing within ${timeoutMs} ms`);
}

const expected = countFiles(seeds);
let server;
try {
  const indexStart = Date.now();
  const started = await startServer({ NEWS_SEEDS: seeds, NEWS_DB: join(work, "news.db") });
  server = { url: started.baseUrl, logs: started.output, stop: started.stop };
  const articleCount = await waitForArticles(server.url, expected, 600_000);
  console.log(
    `load: site up on ${server.url} with ${articleCount} articles after ${Date.now() - indexStart} ms`,
  );

  const list = await (
    await fetch(
      `${server.url}/api/trpc/article.list?input=${encodeURIComponent(JSON.stringify({ limit: 50 }))}`,
    )
  ).json();
  const slugs = list.result.data.items.map((item) => item.slug);
  const seedFile = readdirSync(seedDir).find((name) => name.endsWith(".txt"));
  const seedTitle = seedFile ? readFileSync(join(seedDir, seedFile), "utf8").split("\n")[0] : "";
  const seedHits = await (
    await fetch(
      `${server.url}/api/trpc/article.search?input=${encodeURIComponent(JSON.stringify({ q: "Modi Trump" }))}`,
    )
  ).json();
  const seedSlug =
    seedHits.result.data.items.find((hit) => hit.title === seedTitle)?.slug ??
    seedHits.result.data.items[0]?.slug;
  if (seedSlug === undefined) throw new Error("the seed article is not in the index");

  const trpc = (procedure, input) =>
    `/api/trpc/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;
  const paths = [
    "/",
    `/articles/${seedSlug}`,
    "/search?q=election",
    trpc("article.search", { q: "economy growth" }),
    `/articles/${slugs[1] ?? seedSlug}`,
    "/search?q=modi",
    trpc("article.list", { limit: 20 }),
    `/articles/${slugs[7] ?? seedSlug}`,
    "/search?q=%22world+cup%22",
    trpc("article.bySlug", { slug: seedSlug }),
    trpc("stats"),
    "/search?q=film+award",
    trpc("entity.list", { limit: 50 }),
    `/articles/${slugs[23] ?? seedSlug}`,
    trpc("article.related", { slug: seedSlug }),
    trpc("quote.list", { limit: 20 }),
    "/search?q=broadband",
  ];

  const statusCounts = {};
  // Each connection sends the paths in order, so the n-th response of a client answers paths[n % length].
  const perPath = paths.map(() => []);
  const result = await autocannon({
    url: server.url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: paths.map((path) => ({ method: "GET", path })),
    setupClient: (client) => {
      let sent = 0;
      client.on("response", (status, _bytes, responseTime) => {
        statusCounts[status] = (statusCounts[status] ?? 0) + 1;
        perPath[sent++ % paths.length]?.push(responseTime);
      });
    },
  });

  const fiveHundreds = Object.entries(statusCounts)
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, count]) => sum + count, 0);
  const summary = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? "?"}`,
    articles: articleCount,
    seconds,
    connections,
    paths: paths.length,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    statusCounts,
    medianMsByPath: Object.fromEntries(
      paths.map((path, index) => {
        const times = [...(perPath[index] ?? [])].sort((a, b) => a - b);
        return [path.slice(0, 80), Math.round(times[Math.floor(times.length / 2)] ?? 0)];
      }),
    ),
    non2xx: result.non2xx,
    fiveHundreds,
    errors: result.errors,
    timeouts: result.timeouts,
  };
  console.log(JSON.stringify(summary, null, 2));
  if (process.env.LOAD_JSON)
    writeFileSync(process.env.LOAD_JSON, `${JSON.stringify(summary, null, 2)}\n`);
  const ok = fiveHundreds === 0 && result.errors === 0 && result.timeouts === 0;
  console.log(ok ? "load: OK — no 5xx, no socket errors, no timeouts" : "load: FAILED");
  if (!ok) {
    console.error(server.logs.join("").slice(-5000));
    process.exitCode = 1;
  }
} finally {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
}
