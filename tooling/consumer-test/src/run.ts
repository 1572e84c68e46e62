import { execFile } from "node:child_process";
import { delimiter, sep } from "node:path";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

export interface RunOptions {
  cwd: string;
  timeoutMs?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

/**
 * The environment of a consumer's shell: pnpm runs this suite with npm_* settings and the
 * workspace's node_modules/.bin directories on PATH, which would let `npx news` find the
 * workspace build instead of the installed tarball.
 */
export function consumerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.toLowerCase().startsWith("npm_") && !key.startsWith("PNPM_")) env[key] = value;
  }
  const binDir = `${sep}node_modules${sep}.bin`;
  env.PATH = (process.env.PATH ?? "")
    .split(delimiter)
    .filter((entry) => !entry.includes(binDir))
    .join(delimiter);
  return env;
}

export async function run(
  command: string,
  args: string[],
  options: RunOptions,
): Promise<RunResult> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      cwd: options.cwd,
      env: consumerEnv(),
      maxBuffer: 64 * 1024 * 1024,
      timeout: options.timeoutMs ?? 60_000,
    });
    return { stdout, stderr };
  } catch (error) {
    const failure = error as {
      code?: number | string;
      signal?: string;
      stdout?: string;
      stderr?: string;
    };
    const reason = failure.signal ? `killed by ${failure.signal}` : `exit code ${failure.code}`;
    throw new Error(
      [
        `\`${command} ${args.join(" ")}\` failed (${reason}) in ${options.cwd}`,
        failure.stdout ?? "",
        failure.stderr ?? "",
      ].join("\n"),
    );
  }
}
