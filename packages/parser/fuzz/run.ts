/**
 * Long property run: `pnpm fuzz` (FUZZ_RUNS cases in total, default 1,000,000; FUZZ_SEED to
 * replay). Runs against the built package (dist), as a consumer would. On failure prints the
 * fast-check seed and path and exits 1.
 */
import fc from "fast-check";
import * as built from "../dist/index.js";
import {
  byteCases,
  type CaseOutcome,
  checkCase,
  corpusByteCases,
  corpusTextCases,
  describeCase,
  type FuzzCase,
  loadCorpus,
  textCases,
} from "./hostile.js";

const totalRuns = Number(process.env.FUZZ_RUNS ?? 1_000_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const only = process.env.FUZZ_ONLY;
if (!Number.isSafeInteger(totalRuns) || totalRuns <= 0) {
  console.error(`FUZZ_RUNS must be a positive integer, got ${process.env.FUZZ_RUNS}`);
  process.exit(2);
}

const parser = {
  parseArticle: built.parseArticle,
  safeParseArticle: built.safeParseArticle,
  ParseError: built.ParseError,
};
const corpus = loadCorpus();
if (!corpus.hasShared)
  console.warn("../shared corpus not found: mutating the repository seeds only");

const properties: { name: string; share: number; cases: fc.Arbitrary<FuzzCase> }[] = [
  { name: "strings", share: 0.3, cases: textCases() },
  { name: "bytes", share: 0.2, cases: byteCases() },
  { name: "corpus-text", share: 0.35, cases: corpusTextCases(corpus.bytes) },
  { name: "corpus-bytes", share: 0.15, cases: corpusByteCases(corpus.bytes) },
];

console.log(
  `fuzz: ${totalRuns} cases, seed ${seed}, ${corpus.files.length} corpus files, node ${process.version}`,
);
const started = performance.now();
let failed = false;
let grandTotal = 0;

for (const [index, property] of properties.entries()) {
  if (only !== undefined && only !== property.name) continue;
  const numRuns = Math.max(1, Math.round(totalRuns * property.share));
  const outcomes = new Map<CaseOutcome, number>();
  let count = 0;
  let slowest = { ms: 0, size: 0 };
  let lastReport = performance.now();
  const propertyStart = performance.now();
  const propertySeed = seed + index;

  const details = fc.check(
    fc.property(property.cases, (fuzzCase) => {
      const caseStart = performance.now();
      const outcome = checkCase(parser, fuzzCase);
      const ms = performance.now() - caseStart;
      if (ms > slowest.ms) slowest = { ms, size: fuzzCase.input.length };
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      count++;
      if (performance.now() - lastReport > 15_000) {
        lastReport = performance.now();
        const rate = count / ((lastReport - propertyStart) / 1000);
        console.log(`  ${property.name}: ${count}/${numRuns} cases, ${rate.toFixed(0)} cases/s`);
      }
    }),
    { seed: propertySeed, numRuns },
  );

  const seconds = (performance.now() - propertyStart) / 1000;
  const summary = [...outcomes.entries()].map(([outcome, n]) => `${outcome} ${n}`).join(", ");
  if (details.failed) {
    failed = true;
    console.error(`\n✗ ${property.name} FAILED after ${details.numRuns} cases`);
    console.error(`  replay: FUZZ_SEED=${seed} FUZZ_ONLY=${property.name}`);
    console.error(`  fast-check: { seed: ${details.seed}, path: "${details.counterexamplePath}" }`);
    const counterexample = details.counterexample?.[0];
    if (counterexample !== undefined) console.error(describeCase(counterexample));
    console.error(fc.defaultReportMessage(details));
  } else {
    grandTotal += details.numRuns;
    console.log(
      `✓ ${property.name}: ${details.numRuns} cases in ${seconds.toFixed(1)} s ` +
        `(${(details.numRuns / seconds).toFixed(0)} cases/s; slowest ${slowest.ms.toFixed(1)} ms ` +
        `on ${slowest.size} units) — ${summary}`,
    );
  }
}

const seconds = (performance.now() - started) / 1000;
console.log(
  `fuzz: ${grandTotal} cases passed in ${seconds.toFixed(1)} s (${(grandTotal / seconds).toFixed(0)} cases/s), seed ${seed}`,
);
process.exit(failed ? 1 : 0);
