import { run } from "./run.js";

export interface PackedManifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  bin?: string | Record<string, string>;
  files?: string[];
}

export interface PackedPackage {
  tarball: string;
  files: string[];
  manifestText: string;
  manifest: PackedManifest;
}

interface PnpmPackJson {
  filename: string;
}

/** `pnpm pack` is what `pnpm publish` uploads: it rewrites workspace: and catalog: specifiers. */
export async function packPackage(packageDir: string, destination: string): Promise<PackedPackage> {
  const { stdout } = await run("pnpm", ["pack", "--json", "--pack-destination", destination], {
    cwd: packageDir,
    timeoutMs: 120_000,
  });
  const { filename } = JSON.parse(stdout) as PnpmPackJson;
  const listing = await run("tar", ["-tzf", filename], { cwd: destination });
  const files = listing.stdout
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => line.replace(/^package\//, ""));
  const manifestText = (
    await run("tar", ["-xzOf", filename, "package/package.json"], { cwd: destination })
  ).stdout;
  return {
    tarball: filename,
    files,
    manifestText,
    manifest: JSON.parse(manifestText) as PackedManifest,
  };
}

export async function readFromTarball(tarball: string, path: string): Promise<string> {
  return (await run("tar", ["-xzOf", tarball, `package/${path}`], { cwd: "/" })).stdout;
}
