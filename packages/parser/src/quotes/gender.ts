import { requirePackageModule } from "../entities/package-data.js";

export type Gender = "male" | "female";

let names: ReadonlyMap<string, string> | undefined;

/** English given names and their usual gender (gender-detection-from-name), loaded on first use. */
function genderNames(): ReadonlyMap<string, string> {
  if (names === undefined) {
    const loaded = requirePackageModule("gender-detection-from-name/names/en.js");
    names = loaded instanceof Map ? (loaded as Map<string, string>) : new Map();
  }
  return names;
}

/** The usual gender of a person's given name ("Melissa Hughes" → female), or undefined when unknown. */
export function genderOfName(fullName: string): Gender | undefined {
  const given = fullName.split(" ", 1)[0]?.toLowerCase() ?? "";
  const gender = genderNames().get(given);
  return gender === "male" || gender === "female" ? gender : undefined;
}
