import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findArticleFiles, parseFile, parseFiles } from "./files.js";

describe("files", () => {
  let dir = "";

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "news-parser-"));
    mkdirSync(join(dir, "sport"));
    writeFileSync(join(dir, "b.txt"), "Second title\n\nBody of the second article.\n");
    writeFileSync(join(dir, "a.md"), "# First title\n\nBody of the first article.\n");
    writeFileSync(join(dir, "sport", "c.story"), "Body.\n\n@highlight\n\nA highlight\n");
    writeFileSync(join(dir, "empty.txt"), "   \n");
    writeFileSync(join(dir, "notes.json"), "{}");
    mkdirSync(join(dir, "news [2025]"));
    writeFileSync(join(dir, "news [2025]", "d.txt"), "Title\n\nText.\n");
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("finds .txt, .md, .markdown and .story files, sorted", async () => {
    const files = await findArticleFiles([dir]);
    expect(files.map((file) => file.slice(dir.length + 1))).toEqual([
      "a.md",
      "b.txt",
      "empty.txt",
      "news [2025]/d.txt",
      "sport/c.story",
    ]);
  });

  it("takes a folder whose name has glob characters literally", async () => {
    const files = await findArticleFiles([join(dir, "news [2025]")]);
    expect(files.map((file) => file.slice(dir.length + 1))).toEqual(["news [2025]/d.txt"]);
  });

  it("accepts globs and single files without duplicates", async () => {
    const files = await findArticleFiles([`${dir}/*.txt`, join(dir, "b.txt")]);
    expect(files.map((file) => file.slice(dir.length + 1))).toEqual(["b.txt", "empty.txt"]);
  });

  describe("symbolic links", () => {
    let links = "";

    beforeAll(() => {
      links = mkdtempSync(join(tmpdir(), "news-parser-links-"));
      writeFileSync(join(links, "real.txt"), "Title\n\nText.\n");
      symlinkSync("loop-b.txt", join(links, "loop-a.txt"));
      symlinkSync("loop-a.txt", join(links, "loop-b.txt"));
      mkdirSync(join(links, "cycle"));
      symlinkSync("..", join(links, "cycle", "back"));
    });

    afterAll(() => rmSync(links, { recursive: true, force: true }));

    it("lists a real file once when a directory link leads back to it", async () => {
      const files = await findArticleFiles([links]);
      expect(files.filter((file) => file.endsWith("real.txt"))).toEqual([join(links, "real.txt")]);
    });

    it("lists a symlink loop, and reading it fails with the reason", async () => {
      const files = await findArticleFiles([links]);
      expect(files.map((file) => file.slice(links.length + 1))).toEqual([
        "loop-a.txt",
        "loop-b.txt",
        "real.txt",
      ]);
      const result = await parseFile(join(links, "loop-a.txt"));
      expect(!result.ok && result.error.code).toBe("io");
      expect(!result.ok && result.error.message).toMatch(/symbolic link loop/);
    });
  });

  it("parses a file and records its path", async () => {
    const result = await parseFile(join(dir, "a.md"));
    expect(result.ok && result.article.title).toBe("First title");
    expect(result.ok && result.article.source.path).toBe(join(dir, "a.md"));
  });

  it("turns a missing file into an io error instead of rejecting", async () => {
    const result = await parseFile(join(dir, "missing.txt"));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe("io");
    expect(!result.ok && result.error.path).toBe(join(dir, "missing.txt"));
  });

  it("refuses a file over maxBytes without reading it", async () => {
    const result = await parseFile(join(dir, "b.txt"), { maxBytes: 5 });
    expect(!result.ok && result.error.code).toBe("too-large");
  });

  it("parses many files in input order, failures included", async () => {
    const paths = ["b.txt", "empty.txt", "a.md", "missing.txt"].map((name) => join(dir, name));
    const results = [];
    for await (const result of parseFiles(paths, { concurrency: 2 })) results.push(result);
    expect(results.map((result) => [result.path, result.ok ? "ok" : result.error.code])).toEqual([
      [paths[0], "ok"],
      [paths[1], "empty"],
      [paths[2], "ok"],
      [paths[3], "io"],
    ]);
  });

  it("reads paths from an async iterable", async () => {
    async function* paths() {
      yield join(dir, "a.md");
    }
    const results = [];
    for await (const result of parseFiles(paths())) results.push(result.ok);
    expect(results).toEqual([true]);
  });
});
