import { parseArticle } from "@news/parser";
import { loadSectionedCorpus } from "./corpus.js";

const [corpusDir, passesArgument] = process.argv.slice(2);
if (!corpusDir) throw new Error("usage: memory-child.js <corpus dir> [passes]");
const passes = Number(passesArgument ?? 20);
const files = loadSectionedCorpus(corpusDir);
const collect = (globalThis as { gc?: () => void }).gc;
const rssAfterPass: number[] = [];
for (let pass = 0; pass < passes; pass++) {
  for (const file of files) parseArticle(file.bytes, { path: file.path, section: file.section });
  collect?.();
  rssAfterPass.push(process.memoryUsage.rss());
}
process.stdout.write(JSON.stringify(rssAfterPass));
