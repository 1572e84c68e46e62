import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appDir,
  chromiumArgs,
  chromiumPath,
  ensureBuild,
  startServer,
} from "../scripts/server.mjs";

const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  console.warn(
    `[e2e] SKIPPED: no Chromium at ${chromiumPath}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
}

const seedsDir = join(appDir, "..", "..", "seeds");

describe.skipIf(!hasChromium)("the site in Chromium", () => {
  let tmp: string;
  let contentDir: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let seed: { slug: string; title: string };

  async function trpcGet(path: string, input: unknown): Promise<Response> {
    const query = encodeURIComponent(JSON.stringify(input));
    return fetch(`${server.baseUrl}/api/trpc/${path}?input=${query}`);
  }

  /** Opens a page, failing the test on console errors or uncaught exceptions. */
  async function open(
    path: string,
    options: {
      colorScheme?: "light" | "dark";
      width?: number;
      onRequest?: (resourceType: string, url: string) => void;
    } = {},
  ): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      colorScheme: options.colorScheme ?? "light",
    });
    const page = await context.newPage();
    const { onRequest } = options;
    if (onRequest)
      page.on("request", (request) => onRequest(request.resourceType(), request.url()));
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    const response = await page.goto(`${server.baseUrl}${path}`, { waitUntil: "networkidle" });
    expect(response?.status(), path).toBeLessThan(400);
    return { page, errors };
  }

  async function expectAxeClean(page: Page): Promise<void> {
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
    expect(summary).toEqual([]);
  }

  beforeAll(async () => {
    ensureBuild();
    tmp = mkdtempSync(join(tmpdir(), "news-web-e2e-"));
    contentDir = join(tmp, "seeds");
    mkdirSync(contentDir);
    for (const name of readdirSync(seedsDir))
      copyFileSync(join(seedsDir, name), join(contentDir, name));
    server = await startServer({ NEWS_DB: join(tmp, "news.db"), NEWS_SEEDS: contentDir });
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const list = await trpcGet("article.list", { limit: 1 });
    const body = (await list.json()) as {
      result: { data: { items: { slug: string; title: string }[] } };
    };
    const first = body.result.data.items[0];
    if (!first) throw new Error(`the seed was not indexed:\n${server.output.join("")}`);
    seed = first;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("shows the latest articles on the home page, without JavaScript", async () => {
    const scripts: string[] = [];
    const { page, errors } = await open("/", {
      onRequest: (type, url) => {
        if (type === "script") scripts.push(url);
      },
    });
    expect(scripts).toEqual([]);
    await expect(page.locator("h1").textContent()).resolves.toBe("Latest news");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(
      `${server.baseUrl}/`,
    );
    expect(await page.getByRole("link", { name: seed.title }).count()).toBeGreaterThan(0);
    await expectAxeClean(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("opens the seed article with its metadata, JSON-LD and entity links", async () => {
    const { page, errors } = await open("/");
    await page.getByRole("link", { name: seed.title }).first().click();
    await page.waitForURL(`**/articles/${seed.slug}`);
    await expect(page.locator("h1").textContent()).resolves.toBe(seed.title);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical).toBe(`${server.baseUrl}/articles/${seed.slug}`);
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? "",
    );
    expect(jsonLd["@type"]).toBe("NewsArticle");
    expect(jsonLd.headline).toBe(seed.title);
    expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBe(
      seed.title,
    );
    await expectAxeClean(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("ships the article page as HTML and CSS only, with its date, pull quotes and landmarks", async () => {
    const scripts: string[] = [];
    const { page, errors } = await open(`/articles/${seed.slug}`, {
      onRequest: (type, url) => {
        if (type === "script") scripts.push(url);
      },
    });
    expect(scripts).toEqual([]);
    expect(await page.locator("script[src]").count()).toBe(0);
    expect(
      await page.locator('link[rel="preload"][as="script"], link[rel="modulepreload"]').count(),
    ).toBe(0);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    // The seed gives no publication date: the page says when the site first indexed it.
    const added = page.locator(".article__meta time");
    expect(Number.isNaN(Date.parse((await added.getAttribute("datetime")) ?? ""))).toBe(false);
    expect(await page.locator(".article__meta").textContent()).toMatch(/Added \d{1,2} \w+ \d{4}/);
    const pullQuote = page.locator("main figure.pullquote").first();
    expect(((await pullQuote.locator("blockquote").textContent()) ?? "").length).toBeGreaterThan(
      20,
    );
    expect(((await pullQuote.locator("cite").textContent()) ?? "").length).toBeGreaterThan(0);
    for (const landmark of ["banner", "main", "contentinfo"] as const) {
      expect(await page.getByRole(landmark).count(), landmark).toBe(1);
    }
    expect(await page.getByRole("navigation", { name: "Main" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Skip to main content" }).count()).toBe(1);
    expect(await page.locator('a[href$="/json"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("answers an unknown article with the site's 404 page", async () => {
    const response = await fetch(`${server.baseUrl}/articles/no-such-article`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain("We could not find that page");
    expect(html).toContain('class="masthead"');
    expect(html).toMatch(/<title>Page not found \| /);
    expect((await fetch(`${server.baseUrl}/no/such/page`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/entities/nobody-at-all`)).status).toBe(404);
  });

  it("searches for “tariff” with the form and highlights the matches", async () => {
    const { page, errors } = await open("/search");
    await page.getByLabel("Search articles").fill("tariff");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL("**/search?q=tariff**");
    await expect(page.locator("h1").textContent()).resolves.toContain("tariff");
    expect(await page.getByRole("link", { name: seed.title }).count()).toBe(1);
    expect((await page.locator("mark").allTextContents()).join(" ").toLowerCase()).toContain(
      "tariff",
    );
    await expectAxeClean(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("suggests people as you type, server-rendered first and then live", async () => {
    const list = await trpcGet("entity.list", { type: "person", limit: 1 });
    const body = (await list.json()) as { result: { data: { name: string }[] } };
    const person = body.result.data[0];
    if (!person) throw new Error("the seed has no person");
    const prefetched = await fetch(`${server.baseUrl}/search?q=${encodeURIComponent(person.name)}`);
    expect(await prefetched.text()).toContain("People, places and organizations matching");
    const { page, errors } = await open("/search");
    await page.getByLabel("Search articles").fill(person.name);
    await page.locator("#suggestions").getByRole("link", { name: person.name }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("follows an entity from the article to its page", async () => {
    const { page, errors } = await open(`/articles/${seed.slug}`);
    const tag = page.locator('section[aria-labelledby="in-this-article"] a').first();
    const name = (await tag.textContent()) ?? "";
    expect(name.length).toBeGreaterThan(0);
    await tag.click();
    await page.waitForURL("**/entities/**");
    await expect(page.locator("h1").textContent()).resolves.toBe(name);
    expect(await page.getByRole("link", { name: seed.title }).count()).toBeGreaterThan(0);
    await expectAxeClean(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("lists people, places and organizations and who said what", async () => {
    for (const path of ["/entities", "/quotes"]) {
      const { page, errors } = await open(path);
      await expectAxeClean(page);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it("stays axe-clean in dark mode on a phone", async () => {
    for (const path of ["/", `/articles/${seed.slug}`, "/search?q=tariff"]) {
      const { page, errors } = await open(path, { colorScheme: "dark", width: 375 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways`).toBe(0);
      await expectAxeClean(page);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it("serves the feeds, the sitemap and robots.txt", async () => {
    const rss = await fetch(`${server.baseUrl}/feed.xml`);
    expect(rss.headers.get("content-type")).toContain("application/rss+xml");
    const rssText = await rss.text();
    expect(rssText).toContain("<rss");
    expect(rssText).toContain(`/articles/${seed.slug}`);
    const atom = await (await fetch(`${server.baseUrl}/atom.xml`)).text();
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const sitemap = await (await fetch(`${server.baseUrl}/sitemap.xml`)).text();
    expect(sitemap).toContain(`<loc>${server.baseUrl}/articles/${seed.slug}</loc>`);
    const robots = await (await fetch(`${server.baseUrl}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${server.baseUrl}/sitemap.xml`);
  });

  it("answers tRPC over plain HTTP with 200, 400 and 404", async () => {
    const ok = await trpcGet("article.bySlug", { slug: seed.slug });
    expect(ok.status).toBe(200);
    const article = (await ok.json()) as { result: { data: { slug: string } } };
    expect(article.result.data.slug).toBe(seed.slug);
    expect((await trpcGet("article.bySlug", { slug: "" })).status).toBe(400);
    expect((await trpcGet("article.list", { limit: 20, cursor: "forged" })).status).toBe(400);
    expect((await trpcGet("article.bySlug", { slug: "no-such-article" })).status).toBe(404);
  });

  it("offers the article as JSON and ninjs, and 404s for unknown articles", async () => {
    const json = await fetch(`${server.baseUrl}/articles/${seed.slug}/json`);
    expect(((await json.json()) as { slug: string }).slug).toBe(seed.slug);
    const ninjs = (await (await fetch(`${server.baseUrl}/articles/${seed.slug}/ninjs`)).json()) as {
      headlines?: { value: string }[];
    };
    expect(ninjs.headlines?.[0]?.value).toBe(seed.title);
    expect((await fetch(`${server.baseUrl}/articles/no-such-article`)).status).toBe(404);
  });

  it("sends the security headers on Pages Router and App Router pages", async () => {
    for (const path of ["/", `/articles/${seed.slug}`, "/search?q=trade", "/no/such/page"]) {
      const response = await fetch(`${server.baseUrl}${path}`);
      const csp = response.headers.get("content-security-policy");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), path).toBeTruthy();
    }
  });

  it("shows a new article file without a restart", async () => {
    const headline = "Harbour Authority Opens Night Ferry Service After Record Summer";
    writeFileSync(
      join(contentDir, "zz_new_article.txt"),
      `${headline}\n\nPORT TOWN: The harbour authority said on Monday it would run a night ferry after a record summer.\n“We listened to commuters,” said Jane Harbour, the authority's director.\n`,
    );
    let found = false;
    for (let attempt = 0; attempt < 60 && !found; attempt++) {
      const response = await trpcGet("article.search", { q: "ferry" });
      const body = (await response.json()) as { result?: { data: { items: { title: string }[] } } };
      found = body.result?.data.items.some((item) => item.title === headline) ?? false;
      if (!found) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(found).toBe(true);
  });

  it("renders hostile article text inert", async () => {
    writeFileSync(
      join(contentDir, "zz_hostile.txt"),
      [
        "Council Rejects Plan <script>window.__pwned = 1</script> After Long Night",
        "",
        'TOWNSVILLE: The council voted on Tuesday against the plan <img src=x onerror="window.__pwned=2">.',
        "ALSO READ : javascript:window.__pwned=3",
        "Read more at javascript:window.__pwned=4 or at https://example.com/council.",
        "",
      ].join("\n"),
    );
    let slug: string | undefined;
    for (let attempt = 0; attempt < 60 && !slug; attempt++) {
      const response = await trpcGet("article.search", { q: "council" });
      const body = (await response.json()) as { result?: { data: { items: { slug: string }[] } } };
      slug = body.result?.data.items[0]?.slug;
      if (!slug) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(slug).toBeDefined();
    const { page, errors } = await open(`/articles/${slug}`);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator("main img").count()).toBe(0);
    expect(await page.locator('main script:not([type="application/ld+json"])').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
