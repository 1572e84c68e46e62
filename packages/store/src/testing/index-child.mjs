// Indexes a folder into a database, printing one line per file; the crash test kills it with SIGKILL.
import { openStore } from "../../dist/index.js";

const [dbPath, folder] = process.argv.slice(2);
const store = openStore({ path: dbPath });
await store.indexFiles(folder, { onProgress: (p) => process.stdout.write(`${p.done}\n`) });
store.close();
process.stdout.write("done\n");
