import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";

// ajv-formats is CommonJS: under NodeNext its default import is the module, not the plugin.
const addFormats = ajvFormats.default;
// ninjs 3.1 refers to GeoJSON by this id; the shared folder holds the schema under another name.
const GEOJSON_ID = "https://geojson.org/schema/GeoJSON.json#";

function readJson(path: string): object {
  return JSON.parse(readFileSync(path, "utf8")) as object;
}

/** Compiles the official IPTC ninjs 3.1 JSON Schema from the shared folder (draft 2020-12). */
export function ninjsValidator(sharedDir: string) {
  const ninjsDir = join(sharedDir, "ninjs");
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(readJson(join(ninjsDir, "GeoJSON-schema.json")), GEOJSON_ID);
  return ajv.compile(readJson(join(ninjsDir, "ninjs-schema_3.1.json")));
}
