import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@news/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Runs the BUILT CLI (`news index <dir> --db <tmp>`) on a folder of hostile files next to good ones.
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const cli = resolve(here, "../dist/news.js");
const GOOD_COUNT = 300;
const NOBODY = 65534;

/**
 * Root reads any file whatever its mode, so as root the CLI runs as `nobody` to see EACCES. When
 * that is impossible (no such user can reach the CLI), the unreadable-file case is skipped, loudly.
 */
function chooseUser(): { uid?: number; gid?: number; canTestEacces: boolean; note: string } {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) return { canTestEacces: true, note: "running as a normal user" };
  const probe = spawnSync(
    process.execPath,
    ["-e", `require("fs").accessSync(${JSON.stringify(cli)})`],
    {
      uid: NOBODY,
      gid: NOBODY,
      stdio: "ignore",
    },
  );
  if (probe.status === 0) {
    return {
      uid: NOBODY,
      gid: NOBODY,
      canTestEacces: true,
      note: "root: the CLI runs as nobody (uid 65534)",
    };
  }
  return { canTestEacces: false, note: "root, and nobody cannot run the CLI: EACCES case skipped" };
}

type Expectation = "fails" | "fails-or-indexed";

interface HostileFile {
  name: string;
  expect: Expectation;
  reason?: RegExp;
}

const work = mkdtempSync(join(tmpdir(), "news-hostile-"));
const folder = join(work, "articles");
const dbDir = join(work, "db");
const dbPath = join(dbDir, "news.db");
const user = chooseUser();
const hostile: HostileFile[] = [];
let output = "";
let exitCode: number | null = null;
let deletedWhileRunning = false;
let runMs = 0;

function seedArticle(): { title: string; paragraphs: string[] } {
  const seedDir = join(repoRoot, "seeds");
  const file = readdirSync(seedDir).find((name) => name.endsWith(".txt"));
  if (file === undefined) throw new Error(`no seed in ${seedDir}`);
  const [title = "", , ...body] = readFileSync(join(seedDir, file), "utf8").split("\n");
  return { title, paragraphs: body.filter((line) => line.trim() !== "") };
}

function add(
  name: string,
  content: string | Uint8Array,
  expectation: Expectation,
  reason?: RegExp,
): void {
  writeFileSync(join(folder, name), content);
  hostile.push({ name, expect: expectation, ...(reason === undefined ? {} : { reason }) });
}

function buildFolder(): void {
  mkdirSync(folder, { recursive: true });
  mkdirSync(dbDir, { recursive: true });
  const { title, paragraphs } = seedArticle();
  for (let i = 0; i < GOOD_COUNT; i++) {
    const body = paragraphs.slice(i % 3, (i % 3) + 4 + (i % 5));
    writeFileSync(
      join(folder, `good-${String(i).padStart(4, "0")}.txt`),
      `${title} — edition ${i}\n\n${body.join("\n")}\n`,
    );
  }
  const article = `${title}\n\n${paragraphs.join("\n")}\n`;

  add("bad-empty.txt", "", "fails", /empty/i);
  const binary = new Uint8Array(4096);
  for (let k = 0; k < binary.length; k++) binary[k] = (k * 7919 + 13) % 256;
  binary.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  add("bad-binary.txt", binary, "fails", /binary|decode|not an article/i);
  add("bad-nul-laden.txt", article.replace(/ /g, "\0 "), "fails-or-indexed");
  const invalid = Buffer.from(article, "utf8");
  for (let k = 50; k < invalid.length; k += 97) invalid[k] = 0xff;
  add("bad-invalid-utf8.txt", invalid, "fails-or-indexed");
  add(
    "bad-utf16.txt",
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, "utf16le")]),
    "fails-or-indexed",
  );
  add(
    "bad-50mb.txt",
    Buffer.alloc(50 * 1024 * 1024, "All work and no play. "),
    "fails",
    /large|size|bytes|MB|MiB/i,
  );
  add("bad-5mb-line.txt", `Headline\n\n${"word ".repeat(1_000_000)}`, "fails-or-indexed");
  add(
    "bad-front-matter.md",
    "---\ntitle: [unclosed\ndate: {{\n---\n\n# Heading\n\nBody text.\n",
    "fails-or-indexed",
  );
  add("bad-unreadable.txt", article, "fails", /permission|EACCES/i);
  chmodSync(join(folder, "bad-unreadable.txt"), 0o000);
  symlinkSync("bad-loop-b.txt", join(folder, "bad-loop-a.txt"));
  symlinkSync("bad-loop-a.txt", join(folder, "bad-loop-b.txt"));
  hostile.push(
    { name: "bad-loop-a.txt", expect: "fails", reason: /symbolic link|ELOOP/i },
    { name: "bad-loop-b.txt", expect: "fails", reason: /symbolic link|ELOOP/i },
  );
  mkdirSync(join(folder, "cycle"));
  symlinkSync("..", join(folder, "cycle", "back"));
  add(
    "zz-deleted-during-run.txt",
    article.replace(title, `${title} (deleted)`),
    "fails",
    /no such file|ENOENT|not found/i,
  );

  if (user.uid !== undefined) {
    for (const dir of [work, folder, join(folder, "cycle")]) chmodSync(dir, 0o755);
    chmodSync(dbDir, 0o777);
  }
}

/** Whether the process has a file of `folder` named `good-*` open: listing is then over and reading has begun. */
function isReadingGoodFiles(pid: number): boolean {
  let targets: string[];
  try {
    targets = readdirSync(`/proc/${pid}/fd`).map((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        return "";
      }
    });
  } catch {
    return false;
  }
  // The database must be open too: it is opened before the folder is listed.
  return (
    targets.some((target) => target.startsWith(dbPath)) &&
    targets.some((target) => target.startsWith(folder) && target.includes("/good-"))
  );
}

async function runIndex(): Promise<void> {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, "index", folder, "--db", dbPath], {
    cwd: work,
    env: { ...process.env, NO_COLOR: "1", HOME: work, NEWS_DB: dbPath },
    stdio: ["ignore", "pipe", "pipe"],
    ...(user.uid === undefined ? {} : { uid: user.uid, gid: user.gid }),
  });
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const victim = join(folder, "zz-deleted-during-run.txt");
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    // The first progress line comes after the listing and the first file: delete then, before
    // the reads reach the victim (it sorts last). A busy machine can starve the /proc poll below.
    if (!deletedWhileRunning && /^indexing \d+\/\d+ files/m.test(output)) {
      unlinkSync(victim);
      deletedWhileRunning = true;
    }
  });
  const closed = new Promise<number | null>((resolveExit) => child.on("close", resolveExit));
  const pid = child.pid;
  let running = true;
  void closed.then(() => {
    running = false;
  });
  while (running && pid !== undefined && !deletedWhileRunning) {
    if (isReadingGoodFiles(pid)) {
      unlinkSync(victim);
      deletedWhileRunning = true;
    } else {
      await new Promise((resolveTick) => setTimeout(resolveTick, 2));
    }
  }
  exitCode = await closed;
  runMs = performance.now() - started;
}

function failureLine(name: string): string | undefined {
  return output.split("\n").find((line) => line.includes(name));
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`build the CLI first: ${cli} is missing`);
  buildFolder();
  await runIndex();
  console.log(`hostile-folder: ${user.note}; run took ${Math.round(runMs)} ms; exit ${exitCode}`);
}, 170_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("news index on a folder of hostile files", () => {
  it("exits 1 with a summary of the failures", () => {
    expect(exitCode, output).toBe(1);
    expect(output).toMatch(/fail/i);
  });

  it("deleted a file while the run was under way", () => {
    expect(deletedWhileRunning).toBe(true);
  });

  const mustFail = () => hostile.filter((file) => file.expect === "fails");

  it("reports every bad file with its path and a reason", () => {
    for (const file of mustFail()) {
      if (file.name === "bad-unreadable.txt" && !user.canTestEacces) continue;
      const line = failureLine(file.name);
      expect(line, `${file.name} is not reported in:\n${output}`).toBeDefined();
      const reason = (line ?? "").slice((line ?? "").indexOf(file.name) + file.name.length);
      expect(reason.replace(/[:\s\d]/g, "").length, `no reason given: ${line}`).toBeGreaterThan(3);
      if (file.reason !== undefined) expect(line).toMatch(file.reason);
    }
  });

  it("terminates on a directory symlink cycle and reports each failure once", () => {
    for (const file of mustFail()) {
      const lines = output
        .split("\n")
        .filter((line) => line.endsWith(")") && line.includes(`/${file.name}:`));
      expect(lines.length, file.name).toBeLessThanOrEqual(1);
    }
  });

  it.skipIf(!user.canTestEacces)("reports the unreadable file as permission denied", () => {
    expect(failureLine("bad-unreadable.txt")).toMatch(/permission|EACCES/i);
  });

  it("indexes every good file once, and every hostile file it did not report", () => {
    const store = openStore({ path: dbPath, readonly: true });
    try {
      const titles: string[] = [];
      let cursor: string | undefined;
      do {
        const page = store.listArticles({
          limit: 100,
          ...(cursor === undefined ? {} : { cursor }),
        });
        titles.push(...page.items.map((item) => item.title));
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      const editions = titles.filter((title) => / — edition \d+$/.test(title));
      expect(new Set(editions).size).toBe(GOOD_COUNT);
      expect(editions.length, "a good file was indexed twice (symlink cycle?)").toBe(GOOD_COUNT);
      const tolerated = hostile.filter((file) => file.expect === "fails-or-indexed");
      const notReported = tolerated.filter((file) => failureLine(file.name) === undefined);
      expect(
        titles.length - editions.length,
        `not reported: ${notReported.map((f) => f.name)}`,
      ).toBe(notReported.length);
      console.log(
        `hostile-folder: indexed without complaint: ${notReported.map((f) => f.name).join(", ") || "none"}; ` +
          `reported: ${tolerated
            .filter((file) => failureLine(file.name) !== undefined)
            .map((f) => f.name)
            .join(", ")}`,
      );
    } finally {
      store.close();
    }
  });
});
