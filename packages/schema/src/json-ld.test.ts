import { describe, expect, it } from "vitest";
import { articleUrl, serializeJsonLd, toJsonLd } from "./json-ld.js";
import { articleWith, seedArticle } from "./testing/article-fixture.js";

describe("toJsonLd", () => {
  const article = seedArticle();
  const jsonLd = toJsonLd(article, { siteUrl: "https://news.example/" });

  it("describes the article as a schema.org NewsArticle", () => {
    expect(jsonLd).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      url: `https://news.example/articles/${article.slug}`,
      headline: article.title,
      description: article.summary,
      dateline: "NEW DELHI",
      datePublished: "2025-12-11T09:30:00Z",
      dateModified: "2025-12-11T11:05:00+05:30",
      author: [
        { "@type": "Person", name: "Asha Menon" },
        { "@type": "Person", name: "Tom Reed" },
      ],
      articleSection: "world",
      keywords: article.keywords,
      inLanguage: "en",
      wordCount: article.wordCount,
    });
    expect(jsonLd.articleBody.startsWith("As negotiators from India")).toBe(true);
    expect(jsonLd.articleBody).not.toContain("ALSO READ");
  });

  it("puts entities named in the headline in about and the others in mentions", () => {
    expect(jsonLd.about?.map((thing) => thing.name)).toEqual([
      "Narendra Modi",
      "Donald Trump",
      "India",
      "United States",
    ]);
    expect(jsonLd.about?.[0]).toEqual({
      "@type": "Person",
      name: "Narendra Modi",
      alternateName: ["Modi"],
    });
    expect(jsonLd.mentions?.find((thing) => thing.name === "Quad")?.["@type"]).toBe("Organization");
    expect(jsonLd.mentions?.find((thing) => thing.name === "New Delhi")?.["@type"]).toBe("Place");
  });

  it("leaves out what the article does not have", () => {
    const bare = toJsonLd(articleWith([{ type: "paragraph", text: "Only text." }]), {
      siteUrl: "https://news.example/site",
      publisher: { name: "News Example" },
    });
    expect(bare.url).toBe("https://news.example/site/articles/test-article");
    expect(bare.publisher).toEqual({ "@type": "Organization", name: "News Example" });
    for (const key of ["author", "datePublished", "dateline", "about", "mentions", "keywords"]) {
      expect(bare).not.toHaveProperty(key);
    }
    expect(JSON.parse(JSON.stringify(bare))).toEqual(bare);
  });

  it("credits the agency when there is no byline", () => {
    const wire = seedArticle();
    delete wire.byline;
    wire.dateline = { raw: "NEW DELHI, Dec 11 (Reuters) -", place: "New Delhi", agency: "Reuters" };
    const result = toJsonLd(wire, { siteUrl: "https://news.example" });
    expect(result.author).toEqual([{ "@type": "Organization", name: "Reuters" }]);
    expect(result.dateline).toBe("NEW DELHI, Dec 11 (Reuters)");
  });

  it("refuses a relative siteUrl with a clear message", () => {
    expect(() => articleUrl("news.example", "a")).toThrow(/siteUrl must be an absolute URL/);
  });
});

describe("serializeJsonLd", () => {
  const hostile = {
    headline: "</script><script>alert(1)</script> <!-- & \u2028\u2029 done",
  };

  it("cannot close the script element or open a comment", () => {
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain("\\u003c/script\\u003e");
    expect(text).toContain("\\u0026");
    expect(text).toContain("\\u2028\\u2029");
  });

  it("parses back to the same value", () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
    const jsonLd = toJsonLd(seedArticle(), { siteUrl: "https://news.example" });
    expect(JSON.parse(serializeJsonLd(jsonLd))).toEqual(jsonLd);
  });

  it("rejects values without a JSON form", () => {
    expect(() => serializeJsonLd(undefined)).toThrow(TypeError);
  });
});
