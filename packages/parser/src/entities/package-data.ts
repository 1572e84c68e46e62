import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

type Resolver = (specifier: string) => string;

let resolver: Resolver | undefined;
let loader: NodeJS.Require | undefined;

/** Loads a CommonJS data module shipped inside an installed npm package, such as "gender-detection-from-name/names/en.js". */
export function requirePackageModule(specifier: string): unknown {
  if (loader === undefined) {
    const moduleUrl: unknown = import.meta.url;
    loader = typeof moduleUrl === "string" ? createRequire(moduleUrl) : require;
  }
  return loader(specifier);
}

function resolvePackageFile(specifier: string): string {
  if (resolver === undefined) {
    // The ESM build resolves relative to this module; in the CommonJS build `import.meta` is empty
    // and Node's own `require` is there instead.
    const moduleUrl: unknown = import.meta.url;
    resolver = typeof moduleUrl === "string" ? createRequire(moduleUrl).resolve : require.resolve;
  }
  return resolver(specifier);
}

/** Reads a data file shipped inside an installed npm package, such as "humannames/list.txt". */
export function readPackageText(specifier: string): string {
  return readFileSync(resolvePackageFile(specifier), "utf8");
}

/** Reads a JSON file shipped inside an installed npm package, such as "world-countries/countries.json". */
export function readPackageJson(specifier: string): unknown {
  return JSON.parse(readPackageText(specifier));
}
