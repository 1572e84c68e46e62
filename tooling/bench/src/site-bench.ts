import { type ChildProcess, spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { webDir } from "./paths.js";
import type { BenchRow } from "./report.js";
import { interleave, summarize } from "./stats.js";

const host = "127.0.0.1";
const loadSeconds = 8;
const connections = 32;

interface Load {
  requestsPerSecond: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string): Promise<Load> {
  const result = await autocannon({ url, connections, duration: loadSeconds });
  return {
    requestsPerSecond: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForOk(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the site exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

async function startSite(
  seedsDir: string,
  dbPath: string,
): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const nextBin = createRequire(join(webDir, "package.json")).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "-H", host, "-p", String(port)], {
    cwd: webDir,
    env: { ...process.env, NEWS_SEEDS: seedsDir, NEWS_DB: dbPath, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const origin = `http://${host}:${port}`;
  await waitForOk(`${origin}/`, child, 120_000);
  return { origin, stop: () => child.kill("SIGTERM") };
}

async function serveFromMemory(body: Buffer, contentType: string): Promise<Server> {
  const server = createServer((_, response) => {
    response.writeHead(200, { "content-type": contentType, "content-length": body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return server;
}

const trpcUrl = (origin: string, procedure: string, input: unknown) =>
  `${origin}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

async function firstArticleSlug(origin: string): Promise<string> {
  const response = await fetch(trpcUrl(origin, "article.list", { limit: 1 }));
  const body = (await response.json()) as { result?: { data?: { items?: { slug: string }[] } } };
  const slug = body.result?.data?.items?.[0]?.slug;
  if (!slug) throw new Error("article.list returned no article to benchmark");
  return slug;
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i")
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined);

const hasAttribute = (tag: string, name: string): boolean =>
  new RegExp(`\\s${name}(?:[\\s=>/]|$)`, "i").test(tag);

/** Script types a browser runs (and so fetches); data blocks such as JSON-LD are not fetched. */
const isExecutableType = (type: string | undefined): boolean =>
  type === undefined || type === "" || type === "module" || /javascript|ecmascript/i.test(type);

/**
 * The URLs of the JavaScript a module-capable browser fetches for a page: executable `<script src>`
 * (`nomodule` polyfills left out: such browsers skip them) and `<link rel="preload" as="script">` or
 * `rel="modulepreload"`. An empty list is a valid answer: a page may ship no JavaScript.
 */
export function scriptUrls(html: string, pageUrl: string): string[] {
  const urls = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, "src");
    if (src && !hasAttribute(tag, "nomodule") && isExecutableType(attribute(tag, "type"))) {
      urls.add(new URL(src, pageUrl).href);
    }
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, "rel") ?? "").toLowerCase().split(/\s+/);
    const href = attribute(tag, "href");
    const isScript =
      rel.includes("modulepreload") ||
      (rel.includes("preload") && attribute(tag, "as")?.toLowerCase() === "script");
    if (href && isScript) urls.add(new URL(href, pageUrl).href);
  }
  return [...urls];
}

/** First-load JavaScript of a page: every script a browser fetches for it, gzipped, summed. */
async function firstLoadJsBytes(pageUrl: string): Promise<number> {
  const html = await (await fetch(pageUrl)).text();
  let total = 0;
  for (const url of scriptUrls(html, pageUrl)) {
    const script = Buffer.from(await (await fetch(url)).arrayBuffer());
    total += gzipSync(script).length;
  }
  return total;
}

export async function benchSite(seedsDir: string, dbPath: string): Promise<BenchRow[]> {
  const site = await startSite(seedsDir, dbPath);
  try {
    const slug = await firstArticleSlug(site.origin);
    const pageUrl = `${site.origin}/articles/${slug}`;
    const page = await fetch(pageUrl);
    const body = Buffer.from(await page.arrayBuffer());
    const floor = await serveFromMemory(body, page.headers.get("content-type") ?? "text/html");
    const floorUrl = `http://${host}:${(floor.address() as AddressInfo).port}/`;
    const runs: { ours: Load[]; floor: Load[] } = { ours: [], floor: [] };
    const stats = await interleave(
      {
        ours: async () => {
          const result = await load(pageUrl);
          runs.ours.push(result);
          return result.requestsPerSecond;
        },
        floor: async () => {
          const result = await load(floorUrl);
          runs.floor.push(result);
          return result.requestsPerSecond;
        },
      },
      { warmup: 1, rounds: 3 },
    );
    floor.close();
    const recorded = (loads: Load[]) => loads.slice(1);
    const failures = recorded(runs.ours).reduce((sum, run) => sum + run.errors + run.non2xx, 0);
    const searchUrl = trpcUrl(site.origin, "article.search", { q: "economy" });
    const probe = await fetch(searchUrl);
    if (!probe.ok)
      throw new Error(`article.search answered ${probe.status}: ${await probe.text()}`);
    const searchLoads: Load[] = [];
    for (let round = 0; round < 3; round++) searchLoads.push(await load(searchUrl));
    const jsBytes = await firstLoadJsBytes(pageUrl);
    const command = `autocannon -c ${connections} -d ${loadSeconds} (tooling/bench: site)`;
    return [
      {
        figure: "Site: article page throughput (BBC corpus indexed)",
        unit: "req/s",
        ours: stats.ours,
        anchor: { name: "bare node:http answering the same bytes", stat: stats.floor },
        ratio: { value: stats.ours.median / stats.floor.median, reads: "ours ÷ floor" },
        goal: `no errors (${failures} errors or non-2xx)`,
        met: failures === 0,
        command,
      },
      {
        figure: "Site: article page p99 latency",
        unit: "ms",
        ours: summarize(recorded(runs.ours).map((run) => run.p99)),
        anchor: {
          name: "bare node:http",
          stat: summarize(recorded(runs.floor).map((run) => run.p99)),
        },
        goal: "—",
        met: undefined,
        command,
      },
      {
        figure: 'Site: `article.search` over tRPC (query "economy")',
        unit: "req/s",
        ours: summarize(searchLoads.map((run) => run.requestsPerSecond)),
        anchor: { name: "bare node:http (article page bytes)", stat: stats.floor },
        ratio: {
          value:
            summarize(searchLoads.map((run) => run.requestsPerSecond)).median / stats.floor.median,
          reads: "ours ÷ floor",
        },
        goal: `p99 ${summarize(searchLoads.map((run) => run.p99)).median.toFixed(0)} ms; no errors`,
        met: searchLoads.every((run) => run.errors + run.non2xx === 0),
        command,
      },
      {
        figure: "Bundle: first-load JavaScript of the article page, gzipped",
        unit: "kB",
        ours: summarize([jsBytes / 1000]),
        anchor: { name: "budget (The Guardian's is 120 kB)", stat: summarize([100]) },
        ratio: { value: jsBytes / 1000 / 100, reads: "ours ÷ budget, ≤ 1 meets it" },
        goal: "≤ 100 kB",
        met: jsBytes / 1000 <= 100,
        command: "fetch the page, gzip every script it loads or preloads (tooling/bench: site)",
      },
    ];
  } finally {
    site.stop();
  }
}
