#!/usr/bin/env node
// First-run set-up on a machine with only Node.js and npm: pnpm, dependencies, build, then the site.
// Plain Node on purpose: it runs before any dependency is installed.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const { packageManager } = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
);
const wantedPnpm = packageManager.replace(/^pnpm@/, "");

function run(command, args, options = {}) {
  console.log(`\n> ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.error) {
    console.error(`quickstart: could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`quickstart: "${command} ${args.join(" ")}" failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

function installedPnpmMajor() {
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
  return probe.status === 0 ? Number(probe.stdout.trim().split(".")[0]) : undefined;
}

if (installedPnpmMajor() !== Number(wantedPnpm.split(".")[0])) {
  run("npm", ["install", "--global", `pnpm@${wantedPnpm}`]);
}
process.env.NEXT_TELEMETRY_DISABLED = "1";
run("pnpm", ["install", "--frozen-lockfile"]);
run("pnpm", ["build"]);
console.log("\nStarting the site on http://localhost:3000 (Ctrl+C stops it).");
run("pnpm", ["--filter", "@news/web", "start"]);
