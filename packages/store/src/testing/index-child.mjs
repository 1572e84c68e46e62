// Indexes a folder into a database, printing one line per file, "done" and any failures; the crash and
// concurrency tests run it as a separate process.
import { openStore } from "../../dist/index.js";

const [dbPath, folder] = process.argv.slice(2);
const store = openStore({ path: dbPath });
const result = await store.indexFiles(folder, {
  onProgress: (p) => process.stdout.write(`${p.done}\n`),
});
store.close();
process.stdout.write("done\n");
if (result.failed > 0) {
  process.stderr.write(`${JSON.stringify(result.failures)}\n`);
  process.exitCode = 1;
}
