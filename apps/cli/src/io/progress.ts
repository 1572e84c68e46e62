import cliProgress from "cli-progress";

export interface ProgressUpdate {
  done: number;
  total: number;
}

export interface ProgressReporter {
  update(progress: ProgressUpdate): void;
  stop(): void;
}

function ratePerSecond(done: number, startedAt: number): number {
  const seconds = (Date.now() - startedAt) / 1000;
  return seconds > 0 ? done / seconds : 0;
}

/** A live bar on a terminal: files done, rate and time left. */
function barReporter(stream: NodeJS.WriteStream, label: string): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} {bar} {value}/{total} files | {rate} files/s | {eta_formatted} left`,
      stream,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const startedAt = Date.now();
  let started = false;
  return {
    update({ done, total }) {
      const rate = ratePerSecond(done, startedAt).toFixed(0);
      if (!started) {
        bar.start(total, done, { rate });
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done, { rate });
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** Plain lines for logs and pipes: at most one a second, and the last one. */
function lineReporter(
  stream: NodeJS.WritableStream,
  label: string,
  intervalMs: number,
): ProgressReporter {
  const startedAt = Date.now();
  let lastPrinted = 0;
  let last: ProgressUpdate | undefined;
  let lastWritten: ProgressUpdate | undefined;
  const print = (progress: ProgressUpdate) => {
    const rate = ratePerSecond(progress.done, startedAt).toFixed(0);
    stream.write(`${label} ${progress.done}/${progress.total} files (${rate} files/s)\n`);
    lastWritten = progress;
    lastPrinted = Date.now();
  };
  return {
    update(progress) {
      last = progress;
      if (Date.now() - lastPrinted >= intervalMs || progress.done === progress.total)
        print(progress);
    },
    stop() {
      if (last !== undefined && last !== lastWritten) print(last);
    },
  };
}

export function createProgressReporter(
  stream: NodeJS.WriteStream,
  label: string,
): ProgressReporter {
  return stream.isTTY ? barReporter(stream, label) : lineReporter(stream, label, 1000);
}
