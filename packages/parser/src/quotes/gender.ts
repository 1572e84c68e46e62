import { GIVEN_NAME_GENDERS } from "../entities/data/given-name-genders.js";
import { unpack } from "../entities/data/packed.js";
import type { GivenNameGenders } from "../entities/data/shapes.js";

export type Gender = "male" | "female";

let names: ReadonlyMap<string, Gender> | undefined;

/** English given names and their usual gender (gender-detection-from-name), decoded on first use. */
function genderNames(): ReadonlyMap<string, Gender> {
  if (names === undefined) {
    const { female, male } = unpack(GIVEN_NAME_GENDERS) as GivenNameGenders;
    const map = new Map<string, Gender>();
    for (const name of female.split("\n")) map.set(name, "female");
    for (const name of male.split("\n")) map.set(name, "male");
    names = map;
  }
  return names;
}

/** The usual gender of a person's given name ("Melissa Hughes" → female), or undefined when unknown. */
export function genderOfName(fullName: string): Gender | undefined {
  const space = fullName.indexOf(" ");
  const given = (space === -1 ? fullName : fullName.slice(0, space)).toLowerCase();
  return genderNames().get(given);
}
