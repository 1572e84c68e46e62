/** Summary of repeated measurements: the median and how far the samples spread around it. */
export interface Stat {
  median: number;
  min: number;
  max: number;
  /** (max - min) / median: 0.05 means the samples lie within 5 % of the median. */
  spread: number;
  samples: number;
}

export function summarize(values: readonly number[]): Stat {
  if (values.length === 0) throw new Error("summarize needs at least one value");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  return {
    median,
    min,
    max,
    spread: median === 0 ? 0 : (max - min) / median,
    samples: values.length,
  };
}

/** The value below which `fraction` of the samples fall (nearest rank). */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) throw new Error("percentile needs at least one value");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] as number;
}

export type Measure = () => number | Promise<number>;

/**
 * Runs each contender once per round, in turn (ours, anchor, ours, anchor, …), after `warmup`
 * rounds that are not recorded, so drift on a shared machine hits every contender alike.
 */
export async function interleave<K extends string>(
  contenders: Record<K, Measure>,
  options: { warmup: number; rounds: number },
): Promise<Record<K, Stat>> {
  const names = Object.keys(contenders) as K[];
  const recorded = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    K,
    number[]
  >;
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    for (const name of names) {
      const value = await contenders[name]();
      if (round >= options.warmup) recorded[name].push(value);
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarize(recorded[name])])) as Record<
    K,
    Stat
  >;
}
