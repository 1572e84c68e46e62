import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturesDir, ndjsonLines, runCli, seedFile, sharedDir } from "./helpers.js";
import { ninjsValidator } from "./ninjs-validator.js";

const hasNinjs = existsSync(join(sharedDir, "ninjs", "ninjs-schema_3.1.json"));
if (!hasNinjs) console.warn(`ninjs tests skipped: no IPTC schemas in ${join(sharedDir, "ninjs")}`);

describe.skipIf(!hasNinjs)("news parse --format ninjs against the IPTC ninjs 3.1 schema", () => {
  const validate = hasNinjs ? ninjsValidator(sharedDir) : undefined;

  it("is valid for one article (a document) and for several (one per line)", () => {
    const one = runCli(["parse", seedFile(), "--format", "ninjs"]);
    expect(one.code, one.stderr).toBe(0);
    const items = [JSON.parse(one.stdout) as unknown];
    const many = runCli(["parse", seedFile(), fixturesDir, "--format", "ninjs"]);
    expect(many.code, many.stderr).toBe(0);
    items.push(...ndjsonLines(many.stdout));
    expect(items).toHaveLength(4);
    for (const item of items) {
      const ok = validate?.(item);
      expect(validate?.errors ?? [], JSON.stringify(item).slice(0, 200)).toEqual([]);
      expect(ok).toBe(true);
    }
  });
});
