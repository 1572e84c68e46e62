// Rewrites article.schema.json from the built package; run through `pnpm generate`, which builds first.
import { writeFileSync } from "node:fs";
import { articleJsonSchema } from "../dist/index.js";

const target = new URL("../article.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
