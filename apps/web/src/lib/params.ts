/** Reads one value of a search param; repeated params use the first value. */
export function param(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : undefined;
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
