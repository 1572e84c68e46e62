import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArticle } from "@news/parser";
import { type CorpusFile, MB, throughput, totalBytes } from "./corpus.js";
import { type IsolatedContender, startIsolated } from "./isolated.js";
import type { BenchRow } from "./report.js";
import { interleave, type Measure, type Stat, summarize } from "./stats.js";
import type { ContenderName } from "./throughput-contenders.js";

/**
 * The parser against compromise and a bare regex word split, each in a process of its own, their
 * passes interleaved round by round.
 */
export async function benchParserThroughput(
  corpusDir: string,
  files: readonly CorpusFile[],
): Promise<BenchRow[]> {
  const started: IsolatedContender[] = [];
  const measureIn = async (name: ContenderName): Promise<Measure> => {
    const contender = await startIsolated(name, corpusDir);
    started.push(contender);
    return contender.measure;
  };
  try {
    const stats = await interleave(
      {
        ours: await measureIn("ours"),
        compromise: await measureIn("compromise"),
        floor: await measureIn("floor"),
      },
      { warmup: 1, rounds: 5 },
    );
    return throughputRows(stats, files);
  } finally {
    for (const contender of started) contender.close();
  }
}

function throughputRows(
  stats: Record<ContenderName, Stat>,
  files: readonly CorpusFile[],
): BenchRow[] {
  const command = "pnpm bench (tooling/bench: parser throughput)";
  const versusCompromise = stats.ours.median / stats.compromise.median;
  const versusFloor = stats.floor.median / stats.ours.median;
  return [
    {
      figure: `Parser throughput, BBC corpus (${files.length} files, ${(totalBytes(files) / MB).toFixed(1)} MB) vs compromise (every 20th file)`,
      unit: "MB/s",
      ours: stats.ours,
      anchor: { name: "compromise people/places/organizations/quotations", stat: stats.compromise },
      ratio: { value: versusCompromise, reads: "ours ÷ anchor, higher is better" },
      goal: "≥ 100× compromise; ≥ 20 MB/s",
      met: versusCompromise >= 100 && stats.ours.median >= 20,
      command,
    },
    {
      figure: "Parser throughput vs a bare regex word split (the floor)",
      unit: "MB/s",
      ours: stats.ours,
      anchor: { name: "regex word split", stat: stats.floor },
      ratio: { value: versusFloor, reads: "floor ÷ ours, lower is better" },
      goal: "within 5× of the floor",
      met: versusFloor <= 5,
      command,
    },
  ];
}

/** The body text of the corpus as one string, without headlines. */
function corpusBody(files: readonly CorpusFile[]): string {
  return files
    .map((file) => {
      const text = file.bytes.toString("utf8");
      return text.slice(text.indexOf("\n") + 1);
    })
    .join("\n\n");
}

/**
 * Inputs built to trip super-linear code: the corpus as one 5 MB paragraph, and 1 MB of its text
 * with 10,000 stray quotation marks. Each should parse at about the MB/s of ordinary articles.
 */
export async function benchParserPathological(files: readonly CorpusFile[]): Promise<BenchRow[]> {
  const body = corpusBody(files);
  const singleParagraph = `One paragraph\n\n${body.replace(/\s+/g, " ").slice(0, 5 * MB)}`;
  const slice = body.slice(0, MB);
  const step = Math.floor(slice.length / 10_000);
  let marked = "Quotation marks\n\n";
  for (let offset = 0; offset < slice.length; offset += step) {
    marked += `${slice.slice(offset, offset + step)}${offset % (2 * step) === 0 ? "“" : '"'}`;
  }
  const timed = (text: string) => {
    const megabytes = Buffer.byteLength(text) / MB;
    return () => {
      const started = performance.now();
      parseArticle(text, { maxBytes: 8 * MB });
      return megabytes / ((performance.now() - started) / 1000);
    };
  };
  const ordinary = throughput(files, (file) => {
    parseArticle(file.bytes, { path: file.path, section: file.section });
  });
  const stats = await interleave(
    { ordinary, singleParagraph: timed(singleParagraph), quotationMarks: timed(marked) },
    { warmup: 1, rounds: 3 },
  );
  const row = (figure: string, stat: typeof stats.ordinary): BenchRow => ({
    figure,
    unit: "MB/s",
    ours: stat,
    anchor: { name: "ordinary BBC articles", stat: stats.ordinary },
    ratio: { value: stat.median / stats.ordinary.median, reads: "ours ÷ anchor; near 1 is linear" },
    goal: "about the same MB/s as ordinary text (≥ 0.5×)",
    met: stat.median / stats.ordinary.median >= 0.5,
    command: "pnpm bench (tooling/bench: parser pathological inputs)",
  });
  return [
    row("Parser: the corpus as one 5 MB paragraph", stats.singleParagraph),
    row("Parser: 1 MB of text with 10,000 stray quotation marks", stats.quotationMarks),
  ];
}

/** Parses the corpus 20 times in a fresh process and reports how far RSS grows after the first pass. */
export function benchParserMemory(corpusDir: string): BenchRow {
  const child = fileURLToPath(new URL("./memory-child.js", import.meta.url));
  const run = spawnSync(process.execPath, ["--expose-gc", child, corpusDir, "20"], {
    encoding: "utf8",
    maxBuffer: 16 * MB,
  });
  if (run.status !== 0) throw new Error(`memory benchmark failed: ${run.stderr}`);
  const rssAfterPass = JSON.parse(run.stdout) as number[];
  const first = rssAfterPass[0] ?? 0;
  const growth = rssAfterPass.slice(1).map((rss) => (rss - first) / MB);
  const worst = Math.max(...growth);
  return {
    figure: "Parser memory: RSS growth after the first of 20 passes over the BBC corpus",
    unit: "MB",
    ours: summarize(growth),
    goal: `≤ 50 MB (worst pass: ${worst.toFixed(1)} MB; RSS after pass 1: ${(first / MB).toFixed(0)} MB)`,
    met: worst <= 50,
    command: "pnpm bench (tooling/bench: memory-child.js, 20 passes)",
  };
}
