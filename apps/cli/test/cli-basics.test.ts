import { describe, expect, it } from "vitest";
import packageJson from "../package.json" with { type: "json" };
import { hasStackTrace, runCli } from "./helpers.js";

const COMMANDS = [
  "parse",
  "validate",
  "index",
  "search",
  "list",
  "show",
  "entities",
  "quotes",
  "stats",
  "export",
  "schema",
];

describe("news (global behaviour)", () => {
  it("prints the version", () => {
    const run = runCli(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(packageJson.version);
  });

  it("lists every command in --help, with examples", () => {
    const run = runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const command of COMMANDS)
      expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
    expect(run.stdout).toContain("Examples:");
  });

  it.each(COMMANDS)("has --help with examples for %s", (command) => {
    const run = runCli([command, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: news ${command}`);
    expect(run.stdout).toMatch(/Examples:\n\s+\$ news /);
  });

  it("names an unknown command, suggests the closest one and exits 2", () => {
    const run = runCli(["serch", "modi"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'serch'");
    expect(run.stderr).toContain("Did you mean search?");
    expect(run.stdout).toBe("");
  });

  it("names an unknown option, suggests the closest one and exits 2", () => {
    const run = runCli(["parse", "x.txt", "--fromat", "json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--fromat'");
    expect(run.stderr).toContain("Did you mean --format?");
  });

  it("treats a missing argument and a bad choice as usage errors", () => {
    expect(runCli(["parse"]).code).toBe(2);
    const badFormat = runCli(["parse", "x.txt", "--format", "xml"]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/Allowed choices are json, ndjson/);
    const badLimit = runCli(["search", "x", "--limit", "zero"]);
    expect(badLimit.code).toBe(2);
    expect(badLimit.stderr).toContain("--limit");
  });

  it("exits 2 with help on standard error when no command is given", () => {
    const run = runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage: news");
    expect(run.stdout).toBe("");
  });

  it("prints no colour when piped, and none with NO_COLOR even when forced", () => {
    const piped = runCli(["serch"]);
    expect(piped.stderr).not.toContain("\u001b[");
    const forced = runCli(["serch"], { env: { FORCE_COLOR: "1" } });
    expect(forced.stderr).toContain("\u001b[");
    const noColor = runCli(["serch"], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } });
    expect(noColor.stderr).not.toContain("\u001b[");
  });

  it("never prints a stack trace for a user mistake", () => {
    for (const args of [
      ["parse", "no-such-file.txt"],
      ["show", "nope", "--db", "/nonexistent/x.db"],
      ["frobnicate"],
    ]) {
      const run = runCli(args);
      expect(hasStackTrace(run.stderr), run.stderr).toBe(false);
      expect(run.stderr).toMatch(/^news: /m);
    }
  });
});
