import { loadSectionedCorpus, throughput } from "./corpus.js";
import { isContenderName, loadContender } from "./throughput-contenders.js";

/**
 * One throughput contender in a process of its own: it loads its library and the corpus, says
 * "ready", then answers each "run" with the MB/s of one pass. It ends when the parent disconnects.
 */
const [name, corpusDir] = process.argv.slice(2);
if (name === undefined || !isContenderName(name) || corpusDir === undefined) {
  throw new Error("usage: throughput-child.js <ours|compromise|floor> <corpus dir>");
}
const send = (message: unknown) => process.send?.(message);
const contender = await loadContender(name);
const onePass = throughput(contender.files(loadSectionedCorpus(corpusDir)), contender.work);
process.on("message", () => send(onePass()));
process.on("disconnect", () => process.exit(0));
send("ready");
