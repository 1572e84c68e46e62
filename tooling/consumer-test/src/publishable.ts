import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export type PublishableName = "@news/schema" | "@news/parser" | "@news/store" | "@news/cli";

export interface PublishablePackage {
  name: PublishableName;
  dir: string;
}

export const publishablePackages: readonly PublishablePackage[] = [
  { name: "@news/schema", dir: join(repoRoot, "packages/schema") },
  { name: "@news/parser", dir: join(repoRoot, "packages/parser") },
  { name: "@news/store", dir: join(repoRoot, "packages/store") },
  { name: "@news/cli", dir: join(repoRoot, "apps/cli") },
];

export function isInWorkspace(pkg: PublishablePackage): boolean {
  return existsSync(join(pkg.dir, "package.json"));
}
