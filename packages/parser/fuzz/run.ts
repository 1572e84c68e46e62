/**
 * Long property run: `pnpm fuzz` (FUZZ_RUNS cases in total, default 1,000,000; FUZZ_SEED to
 * replay; FUZZ_ONLY=strings,bytes to run some properties, e.g. in parallel processes). Runs
 * against the built package (dist), as a consumer would.
 *
 * By default the run goes on past a failing case, so one run counts every kind of failure: each
 * kind is printed once with the fast-check seed and path that replay it. FUZZ_STOP=1 stops at the
 * first failure and lets fast-check shrink it instead. Exits 1 when any case failed.
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
  FuzzFailure,
  loadCorpus,
  textCases,
} from "./hostile.js";

const totalRuns = Number(process.env.FUZZ_RUNS ?? 1_000_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const only = process.env.FUZZ_ONLY;
const stopAtFirst = process.env.FUZZ_STOP === "1";
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
  // A mutated corpus article costs ~20-40x an arbitrary string (three full parses of a real
  // article per case), so it gets a smaller share of the million.
  { name: "strings", share: 0.42, cases: textCases() },
  { name: "bytes", share: 0.25, cases: byteCases() },
  { name: "corpus-text", share: 0.08, cases: corpusTextCases(corpus.bytes) },
  { name: "corpus-bytes", share: 0.25, cases: corpusByteCases(corpus.bytes) },
];

/** A failure's kind: its message without the parts that vary from case to case. */
function failureKind(error: Error): string {
  return error.message
    .split("\n")
    .slice(0, 2)
    .join(" ")
    .replace(/slice .* does not equal (\w+).*$/, "slice does not equal its $1")
    .replace(/"[^"]*"|'[^']*'/g, "…")
    .replace(/\d+/g, "#")
    .slice(0, 160);
}

interface FailureKind {
  count: number;
  path: string;
  example: string;
}

console.log(
  `fuzz: ${totalRuns} cases, seed ${seed}, ${corpus.files.length} corpus files, node ${process.version}` +
    (stopAtFirst ? ", stopping at the first failure" : ""),
);
const started = performance.now();
let grandTotal = 0;
let failedCases = 0;

for (const [index, property] of properties.entries()) {
  if (only !== undefined && !only.split(",").includes(property.name)) continue;
  const numRuns = Math.max(1, Math.round(totalRuns * property.share));
  const outcomes = new Map<CaseOutcome | "FAILED", number>();
  const failures = new Map<string, FailureKind>();
  let count = 0;
  let slowest = { ms: 0, size: 0, sample: "" };
  let lastReport = performance.now();
  const propertyStart = performance.now();
  const propertySeed = seed + index;

  const details = fc.check(
    fc.property(property.cases, (fuzzCase) => {
      const caseIndex = count++;
      const caseStart = performance.now();
      let outcome: CaseOutcome | "FAILED";
      try {
        outcome = checkCase(parser, fuzzCase);
      } catch (error) {
        if (stopAtFirst || !(error instanceof FuzzFailure)) throw error;
        outcome = "FAILED";
        const kind = failureKind(error);
        const known = failures.get(kind);
        if (known === undefined) {
          const example = `${error.message}\n${describeCase(fuzzCase)}`;
          failures.set(kind, { count: 1, path: String(caseIndex), example });
          console.error(
            `  ✗ ${property.name}: new failure (replay with fast-check { seed: ${propertySeed}, path: "${caseIndex}" }):\n    ${example.slice(0, 1500).replace(/\n/g, "\n    ")}`,
          );
        } else {
          known.count++;
        }
      }
      const ms = performance.now() - caseStart;
      if (ms > slowest.ms) {
        slowest = { ms, size: fuzzCase.input.length, sample: describeCase(fuzzCase).slice(0, 300) };
      }
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      if (performance.now() - lastReport > 15_000) {
        lastReport = performance.now();
        const rate = count / ((lastReport - propertyStart) / 1000);
        console.log(`  ${property.name}: ${count}/${numRuns} cases, ${rate.toFixed(0)} cases/s`);
      }
    }),
    { seed: propertySeed, numRuns },
  );

  const seconds = (performance.now() - propertyStart) / 1000;
  grandTotal += count;
  const failedHere = outcomes.get("FAILED") ?? 0;
  failedCases += failedHere;
  const summary = [...outcomes.entries()].map(([outcome, n]) => `${outcome} ${n}`).join(", ");
  if (details.failed) {
    failedCases += 1;
    console.error(`\n✗ ${property.name} FAILED after ${details.numRuns} cases`);
    console.error(`  replay: FUZZ_SEED=${seed} FUZZ_ONLY=${property.name} FUZZ_STOP=1`);
    console.error(`  fast-check: { seed: ${details.seed}, path: "${details.counterexamplePath}" }`);
    const counterexample = details.counterexample?.[0];
    if (counterexample !== undefined) console.error(describeCase(counterexample));
    console.error(fc.defaultReportMessage(details));
    continue;
  }
  console.log(
    `${failedHere === 0 ? "✓" : "✗"} ${property.name}: ${count} cases in ${seconds.toFixed(1)} s ` +
      `(${(count / seconds).toFixed(0)} cases/s; slowest ${slowest.ms.toFixed(1)} ms on ${slowest.size} units) — ${summary}`,
  );
  console.log(`  slowest case: ${slowest.sample.replace(/\n/g, " ")}`);
  for (const [kind, failure] of failures) {
    console.log(
      `  failure ×${failure.count} (first at seed ${propertySeed}, path "${failure.path}"): ${kind}`,
    );
  }
}

const seconds = (performance.now() - started) / 1000;
console.log(
  `fuzz: ${grandTotal} cases in ${seconds.toFixed(1)} s (${(grandTotal / seconds).toFixed(0)} cases/s), ` +
    `${failedCases} failed, seed ${seed}`,
);
process.exit(failedCases > 0 ? 1 : 0);
