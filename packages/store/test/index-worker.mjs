// Child process for crash.test.ts: indexes a folder into a database, then exits. The test kills it
// with SIGKILL at a random moment.
import { openStore } from "@news/store";

const [dir, dbPath] = process.argv.slice(2);
if (dir === undefined || dbPath === undefined) {
  console.error("usage: index-worker.mjs <dir> <db>");
  process.exit(2);
}
const store = openStore({ path: dbPath });
const result = await store.indexFiles(dir);
store.close();
process.stdout.write(
  `${JSON.stringify({ indexed: result.indexed, unchanged: result.unchanged, removed: result.removed, failed: result.failed })}\n`,
);
