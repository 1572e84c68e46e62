import { describe, expect, it } from "vitest";
import { scriptUrls } from "./site-bench.js";

const page = "http://127.0.0.1:3000/articles/a";

describe("scriptUrls", () => {
  it("finds the scripts a browser fetches, preloads included, each once", () => {
    const html = [
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/a.js"/>',
      '<script src="/_next/a.js" async=""></script>',
      '<script src="/_next/b.js" type="module"></script>',
      "<link rel=modulepreload href=/_next/c.js>",
    ].join("");
    expect(scriptUrls(html, page)).toEqual([
      "http://127.0.0.1:3000/_next/a.js",
      "http://127.0.0.1:3000/_next/b.js",
      "http://127.0.0.1:3000/_next/c.js",
    ]);
  });

  it("leaves out nomodule polyfills, data blocks, inline scripts and stylesheets", () => {
    const html = [
      '<script src="/_next/polyfills.js" noModule=""></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      "<script>self.x = 1</script>",
      '<link rel="preload" href="/_next/site.css" as="style"/>',
      '<link rel="stylesheet" href="/_next/site.css"/>',
    ].join("");
    expect(scriptUrls(html, page)).toEqual([]);
  });
});
