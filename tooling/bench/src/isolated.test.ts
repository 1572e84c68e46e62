import { fork } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nextMessage } from "./isolated.js";

const dir = mkdtempSync(join(tmpdir(), "news-bench-isolated-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

describe("nextMessage", () => {
  it("resolves with what the child sends", async () => {
    const child = fork(script("answers.mjs", 'process.send("ready"); process.disconnect();'), {
      execArgv: [],
    });
    await expect(nextMessage(child)).resolves.toBe("ready");
  });

  it("rejects, instead of waiting for ever, when the child exits without answering", async () => {
    const child = fork(script("fails.mjs", "process.exit(3);"), { execArgv: [] });
    await expect(nextMessage(child)).rejects.toThrow(/exited \(code 3\)/);
  });
});
