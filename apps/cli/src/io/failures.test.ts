import { describe, expect, it } from "vitest";
import { describeFailure, failureReason } from "./failures.js";

describe("failure lines", () => {
  it("drops a path the message repeats", () => {
    expect(failureReason("/a/b.txt", "/a/b.txt: 52428800 bytes is over the limit")).toBe(
      "52428800 bytes is over the limit",
    );
    expect(failureReason("/a/b.md", "/a/b.md:3: bad YAML", 3)).toBe("bad YAML");
  });

  it("shortens Node's system error messages", () => {
    expect(failureReason("/x", "EACCES: permission denied, open '/x'")).toBe(
      "cannot open: permission denied",
    );
    expect(failureReason("/x", "ENOENT: no such file or directory, stat '/x'")).toBe(
      "cannot stat: no such file or directory",
    );
  });

  it("formats path, line, reason and code", () => {
    expect(describeFailure("a.md", "front-matter", "invalid YAML", 3)).toBe(
      "a.md:3: invalid YAML (front-matter)",
    );
    expect(describeFailure("a.txt", "empty", "input is empty")).toBe(
      "a.txt: input is empty (empty)",
    );
  });
});
