import { stat } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
import { findArticleFiles } from "@news/parser";
import { glob, isDynamicPattern } from "tinyglobby";
import { describeSystemError } from "../errors.js";
import { printNote } from "./messages.js";

export const STDIN = "-";
export const STDIN_LABEL = "<stdin>";

export type InputSource = { kind: "stdin" } | { kind: "file"; path: string };

/** An argument that named nothing readable: reported, while the other inputs are still processed. */
export interface InputProblem {
  input: string;
  /** Why, such as "no such file or directory" or "no files match this pattern". */
  reason: string;
}

export interface ResolvedInputs {
  sources: InputSource[];
  problems: InputProblem[];
  /** One argument naming one file (or `-`): the caller prints a single document, not a stream. */
  single: boolean;
}

export interface ResolveOptions {
  /** Extensions besides the article files to collect from directories, such as `["json"]`. */
  extraExtensions?: string[];
}

/** Paths as the user wrote them: relative to the working directory when the argument was. */
function asGiven(dir: string, file: string): string {
  return isAbsolute(dir) ? file : relative(process.cwd(), file);
}

async function filesInDirectory(dir: string, options: ResolveOptions): Promise<string[]> {
  const articles = (await findArticleFiles([dir])).map((file) => asGiven(dir, file));
  const extra = options.extraExtensions ?? [];
  if (extra.length === 0) return articles;
  const pattern = extra.length === 1 ? `**/*.${extra[0]}` : `**/*.{${extra.join(",")}}`;
  const others = await glob(pattern, { cwd: dir, absolute: false, onlyFiles: true });
  const joined = others.map((file) => join(dir, file));
  return [...articles, ...joined].sort();
}

async function expand(
  input: string,
  options: ResolveOptions,
): Promise<{ files: string[]; problem?: string; isFile?: boolean }> {
  try {
    const info = await stat(input);
    if (info.isFile()) return { files: [input], isFile: true };
    if (info.isDirectory()) {
      const files = await filesInDirectory(input, options);
      return files.length > 0
        ? { files }
        : { files, problem: "no article files in this directory" };
    }
    return { files: [], problem: "not a regular file or directory" };
  } catch (error) {
    if (isDynamicPattern(input)) {
      const files = (await glob(input, { onlyFiles: true })).sort();
      return files.length > 0 ? { files } : { files, problem: "no files match this pattern" };
    }
    return { files: [], problem: describeSystemError(error) };
  }
}

/**
 * Turns command-line arguments (files, directories, globs and `-`) into the files to read, in
 * argument order, each file once. Arguments that name nothing become problems, not exceptions.
 */
export async function resolveInputs(
  args: string[],
  options: ResolveOptions = {},
): Promise<ResolvedInputs> {
  const sources: InputSource[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  let namedOneFile = false;
  for (const input of args) {
    if (input === STDIN) {
      if (!seen.has(STDIN)) sources.push({ kind: "stdin" });
      seen.add(STDIN);
      namedOneFile = true;
      continue;
    }
    const { files, problem, isFile } = await expand(input, options);
    if (problem !== undefined) problems.push({ input, reason: problem });
    namedOneFile = isFile === true;
    for (const path of files) {
      if (seen.has(path)) continue;
      seen.add(path);
      sources.push({ kind: "file", path });
    }
  }
  return { sources, problems, single: args.length === 1 && namedOneFile };
}

export async function readStdin(): Promise<Buffer> {
  if (process.stdin.isTTY) printNote("reading an article from standard input (end with Ctrl-D)");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks);
}

/** `cannot read foo.txt: no such file or directory`, `'*.md': no files match this pattern`. */
export function describeProblem(problem: InputProblem): string {
  return /^(no files|no article)/.test(problem.reason)
    ? `${problem.input}: ${problem.reason}`
    : `cannot read ${problem.input}: ${problem.reason}`;
}
