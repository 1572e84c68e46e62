import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Measure } from "./stats.js";
import type { ContenderName } from "./throughput-contenders.js";

const childPath = fileURLToPath(new URL("./throughput-child.js", import.meta.url));

/** The child's next message; an error when it exits before sending one. */
export function nextMessage(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => {
      child.off("message", onMessage);
      reject(new Error(`a throughput contender's process exited (code ${code}) before answering`));
    };
    const onMessage = (message: unknown) => {
      child.off("exit", onExit);
      resolve(message);
    };
    child.once("message", onMessage);
    child.once("exit", onExit);
  });
}

export interface IsolatedContender {
  /** One pass in the contender's process: its MB/s. */
  measure: Measure;
  close: () => void;
}

/**
 * Starts a contender in a Node process of its own (plain flags, as a user runs it) and waits until it
 * has loaded its library and the corpus. In one shared process, the anchor's garbage was collected
 * during the parser's passes: the same build read 17 or 22 MB/s from one process to the next.
 */
export async function startIsolated(
  name: ContenderName,
  corpusDir: string,
): Promise<IsolatedContender> {
  const child = fork(childPath, [name, corpusDir], { execArgv: [] });
  await nextMessage(child);
  return {
    measure: async () => {
      child.send("run");
      return Number(await nextMessage(child));
    },
    close: () => child.disconnect(),
  };
}
