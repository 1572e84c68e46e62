import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toNinjs } from "./ninjs.js";
import { articleWith, seedArticle } from "./testing/article-fixture.js";
import { ninjsValidator } from "./testing/ninjs-validator.js";
import { hasShared, sharedDir } from "./testing/shared.js";

describe.skipIf(!hasShared)("toNinjs against the IPTC ninjs 3.1 schema", () => {
  const validate = hasShared ? ninjsValidator(sharedDir) : undefined;
  const isValid = (document: unknown) => {
    if (validate === undefined) throw new Error("no validator");
    const valid = validate(document);
    return { valid, errors: JSON.stringify(validate.errors, null, 2) };
  };

  it("the validator accepts the official 3.1-compatible examples and rejects a broken item", () => {
    const examples = readdirSync(join(sharedDir, "ninjs")).filter((name) =>
      /^\d+_.*\.json$/.test(name),
    );
    expect(examples.length).toBeGreaterThan(0);
    for (const name of examples) {
      const example: unknown = JSON.parse(readFileSync(join(sharedDir, "ninjs", name), "utf8"));
      expect(isValid(example).valid, name).toBe(true);
    }
    expect(isValid({ type: "text" }).valid).toBe(false);
    expect(isValid({ uri: "urn:x", headlines: [{ role: "main" }] }).valid).toBe(false);
  });

  it("produces a valid item for the seed article", () => {
    const { valid, errors } = isValid(toNinjs(seedArticle()));
    expect(valid, errors).toBe(true);
  });

  it("produces a valid item for a bare article and with a custom uri", () => {
    const bare = articleWith([{ type: "paragraph", text: "Only text." }]);
    expect(isValid(toNinjs(bare)).valid).toBe(true);
    const custom = toNinjs(bare, { uri: "https://news.example/items/1" });
    expect(custom.uri).toBe("https://news.example/items/1");
    expect(isValid(custom).valid).toBe(true);
  });

  it("keeps date-only and minute-precision dates valid date-times", () => {
    const article = seedArticle();
    article.publishedAt = "2025-12-11";
    article.updatedAt = "2025-12-11T14:05+05:30";
    const item = toNinjs(article);
    expect(item.firstCreated).toBe("2025-12-11T00:00:00Z");
    expect(item.versionCreated).toBe("2025-12-11T14:05:00+05:30");
    expect(isValid(item).valid).toBe(true);
  });
});

describe("toNinjs mapping", () => {
  const article = seedArticle();
  const item = toNinjs(article);

  it("identifies the item and the standard", () => {
    expect(item.uri).toBe("urn:news:article:3e38a193c9175502");
    expect(item.type).toBe("text");
    expect(item.version).toBe(article.source.sha256);
    expect(item.standard).toEqual({
      name: "ninjs",
      version: "3.1",
      schema: "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json",
    });
    expect(item.slugline).toBe(article.slug);
    expect(item.language).toBe("en");
    expect(item.firstCreated).toBe("2025-12-11T09:30:00Z");
    expect(item.versionCreated).toBe("2025-12-11T11:05:00+05:30");
  });

  it("maps headline, summary, byline and dateline", () => {
    expect(item.headlines).toEqual([{ role: "main", value: article.title }]);
    expect(item.descriptions).toEqual([
      { role: "summary", contentType: "text/plain", value: article.summary },
    ]);
    expect(item.by).toBe("Asha Menon and Tom Reed");
    expect(item.located).toBe("New Delhi");
  });

  it("writes the body as plain text and XHTML, without the related link", () => {
    const [plain, rich] = item.bodies;
    expect(plain?.value.startsWith("As negotiators from India")).toBe(true);
    expect(plain?.value).not.toContain("PM Modi Holds Talks");
    expect(plain?.value.split("\n\n")).toHaveLength(article.blocks.length - 1);
    expect(plain?.wordCount).toBeGreaterThan(400);
    expect(rich?.contentType).toBe("application/xhtml+xml");
    expect(rich?.value.startsWith("<p>As negotiators")).toBe(true);
    expect(rich?.value.match(/<p>/g)).toHaveLength(article.blocks.length - 1);
  });

  it("sorts entities into people, organisations, places and events", () => {
    expect(item.people?.map((person) => person.name)).toEqual([
      "Narendra Modi",
      "Donald Trump",
      "Vladimir Putin",
      "Jamieson Greer",
    ]);
    expect(item.people?.[0]).toEqual({
      name: "Narendra Modi",
      rel: "about",
      literal: "person:narendra-modi",
    });
    expect(item.people?.[2]?.rel).toBe("mentions");
    expect(item.organisations?.map((organisation) => organisation.name)).toEqual([
      "Quad",
      "U.S. Embassy",
    ]);
    expect(item.places?.find((place) => place.name === "United States")?.rel).toBe("about");
    expect(item.events?.map((event) => event.name)).toContain("Red Fort terror attack");
    expect(item.subjects?.map((subject) => subject.name)).toEqual(article.keywords);
  });

  it("escapes markup in the XHTML body and groups list items", () => {
    const bare = articleWith([
      { type: "heading", level: 2, text: "Tom & Jerry <live>" },
      { type: "list-item", text: "one" },
      { type: "list-item", text: "two" },
      { type: "paragraph", text: "end" },
    ]);
    expect(toNinjs(bare).bodies[1]?.value).toBe(
      "<h2>Tom &amp; Jerry &lt;live&gt;</h2>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p>end</p>",
    );
  });

  it("survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(item))).toEqual(item);
    expect(Object.values(item)).not.toContain(undefined);
  });
});
