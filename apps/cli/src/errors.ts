/** Exit codes: 0 when everything worked, 1 when some input failed, 2 for a usage mistake. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** An error meant for the user: printed as `news: <message>` without a stack trace. */
export class CliError extends Error {
  override readonly name = "CliError";
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT_FAILED) {
    super(message);
    this.exitCode = exitCode;
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
  }
}

const FS_REASONS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a directory",
  ENOTDIR: "not a directory",
  EMFILE: "too many open files",
  ENOSPC: "no space left on device",
  EROFS: "read-only file system",
  ELOOP: "too many levels of symbolic links",
};

/** The short reason for a system error code such as ENOENT, when it has one. */
export function systemReason(code: string): string | undefined {
  return FS_REASONS[code];
}

/** "no such file or directory" for ENOENT and so on; the plain message for anything else. */
export function describeSystemError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined && FS_REASONS[code] !== undefined) return FS_REASONS[code];
    return error.message;
  }
  return String(error);
}
