import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { CountryRecord, GazetteerData, GivenNameGenders } from "./shapes.js";

// Reads the npm data packages, the source of truth for the generated modules (dev only: never bundled).
const load = createRequire(import.meta.url);

function compactCountry(country: CountryRecord): CountryRecord {
  const english = country.demonyms?.eng;
  return {
    name: { common: country.name.common, official: country.name.official },
    cca2: country.cca2,
    capital: country.capital,
    altSpellings: country.altSpellings,
    region: country.region,
    subregion: country.subregion,
    demonyms: english === undefined ? undefined : { eng: { f: english.f, m: english.m } },
  };
}

/** Countries from world-countries and names from humannames, reduced to what the gazetteer reads. */
export function gazetteerSource(): GazetteerData {
  const countries = load("world-countries/countries.json") as CountryRecord[];
  const names = readFileSync(load.resolve("humannames/list.txt"), "utf8").split("\r\n").join("\n");
  return { countries: countries.map(compactCountry), names };
}

/** The English names of gender-detection-from-name, grouped by gender. */
export function givenNameGendersSource(): GivenNameGenders {
  const genders = load("gender-detection-from-name/names/en.js") as Map<string, string>;
  const female: string[] = [];
  const male: string[] = [];
  for (const [name, gender] of genders) {
    if (gender === "female") female.push(name);
    else if (gender === "male") male.push(name);
  }
  return { female: female.join("\n"), male: male.join("\n") };
}
