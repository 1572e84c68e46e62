import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface CorpusFile {
  path: string;
  section: string;
  bytes: Buffer;
}

/** Every article of a folder of section folders (the BBC layout), read into memory once. */
export function loadSectionedCorpus(dir: string): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const section of readdirSync(dir, { withFileTypes: true })) {
    if (!section.isDirectory()) continue;
    const sectionDir = join(dir, section.name);
    for (const name of readdirSync(sectionDir).sort()) {
      if (!name.endsWith(".txt")) continue;
      const path = join(sectionDir, name);
      files.push({ path, section: section.name, bytes: readFileSync(path) });
    }
  }
  return files;
}

export const totalBytes = (files: readonly CorpusFile[]): number =>
  files.reduce((sum, file) => sum + file.bytes.length, 0);

/** Megabytes of 10^6 bytes, as the goals count them (the BBC corpus is 5.0 MB: 5,041,384 bytes). */
export const MB = 1_000_000;

/** A measure of one pass of `work` over the files: its MB/s. */
export function throughput(
  files: readonly CorpusFile[],
  work: (file: CorpusFile) => void,
): () => number {
  const megabytes = totalBytes(files) / MB;
  return () => {
    const started = performance.now();
    for (const file of files) work(file);
    return megabytes / ((performance.now() - started) / 1000);
  };
}

/** Every `step`-th file, for anchors too slow to run over the whole corpus. */
export const everyNth = <T>(items: readonly T[], step: number): T[] =>
  items.filter((_, index) => index % step === 0);
