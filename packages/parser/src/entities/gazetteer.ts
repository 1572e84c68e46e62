import { rawTimeZones } from "@vvo/tzdb";
import { daleChall } from "dale-chall";
import { GAZETTEER_DATA } from "./data/gazetteer-data.js";
import { unpack } from "./data/packed.js";
import type { GazetteerData } from "./data/shapes.js";
import { REGIONAL_DEMONYMS, SUBDIVISIONS } from "./lexicon.js";
import { SortedLines } from "./sorted-lines.js";

/** What a place name stands for: its canonical name and whether it is a country. */
export interface PlaceEntry {
  readonly name: string;
  readonly country: boolean;
  /** A country, capital or world region, as opposed to a city that may also be someone's name ("David", "Victoria"). */
  readonly major: boolean;
}

export interface Gazetteer {
  /** Surface form → place, for countries (with their aliases), capitals, major cities and world regions. */
  readonly places: ReadonlyMap<string, PlaceEntry>;
  /** Demonyms such as "Indian" or "Russian": adjectives, never entities on their own. */
  readonly demonyms: ReadonlySet<string>;
  /** Whether a word is a given name or surname (humannames package) and not a familiar English word or place. */
  isPersonalName(word: string): boolean;
  /** Whether a word is in the names list at all, places included ("David" is also a city). */
  isListedName(word: string): boolean;
  /** Familiar English words (New Dale–Chall list), lower case. */
  readonly commonWords: ReadonlySet<string>;
  /**
   * The words that open a place name of several words ("New" for "New Delhi", "U.S." for "U.S. Virgin
   * Islands"): only a run starting with one of them needs looking up whole.
   */
  readonly placeNameStarts: ReadonlySet<string>;
  /**
   * The endings of the names after a space or a hyphen ("Delhi" for "New Delhi", "Khaimah" for "Ras
   * al-Khaimah"): the last word of a run follows a gap ending in one of these, so it is among them.
   */
  readonly placeNameEnds: ReadonlySet<string>;
}

/**
 * News aliases the countries package does not list: dotted initials and short names.
 * Keyed by ISO 3166-1 alpha-2 code.
 */
const EXTRA_COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ["U.S.", "U.S.A.", "America", "United States"],
  GB: ["U.K.", "Britain", "Great Britain"],
  AE: ["U.A.E."],
  KR: ["Korea"],
  CZ: ["Czech Republic"],
  CD: ["Congo"],
  VA: ["Vatican"],
};

/** Two-letter codes that news text really uses as country names; the other codes collide with words ("IN", "IT"). */
const COUNTRY_CODES_USED_AS_NAMES = new Set(["US", "UK", "USA", "UAE", "EU"]);

const SPACE = 0x20;
const FULL_STOP = 0x2e;
const HYPHEN = 0x2d;

function isUsableAlias(alias: string): boolean {
  if (alias.length < 3) return COUNTRY_CODES_USED_AS_NAMES.has(alias);
  if (/^[A-Z]{3}$/.test(alias)) return COUNTRY_CODES_USED_AS_NAMES.has(alias);
  return (
    /^[\p{Lu}]/u.test(alias) &&
    !/^(?:Republic|Kingdom|State|Commonwealth|Federation|People)\b/.test(alias)
  );
}

function addPlace(places: Map<string, PlaceEntry>, surface: string, entry: PlaceEntry): void {
  if (!places.has(surface)) places.set(surface, entry);
}

function buildGazetteer(): Gazetteer {
  const commonWords = new Set(daleChall.map((word) => word.toLowerCase()));
  const places = new Map<string, PlaceEntry>();
  const demonyms = new Set<string>();
  const { countries, names: nameList } = unpack(GAZETTEER_DATA) as GazetteerData;

  for (const country of countries) {
    const entry: PlaceEntry = { name: country.name.common, country: true, major: true };
    addPlace(places, country.name.common, entry);
    addPlace(places, country.name.official, entry);
    for (const alias of country.altSpellings ?? []) {
      if (isUsableAlias(alias)) addPlace(places, alias, entry);
    }
    for (const alias of EXTRA_COUNTRY_ALIASES[country.cca2] ?? []) places.set(alias, entry);
    if (country.cca2 === "GB") places.set("UK", entry);
    const demonym = country.demonyms?.eng;
    if (demonym) {
      demonyms.add(demonym.m);
      demonyms.add(demonym.f);
    }
  }
  for (const demonym of REGIONAL_DEMONYMS) demonyms.add(demonym);
  for (const country of countries) {
    for (const capital of country.capital ?? []) {
      addPlace(places, capital, { name: capital, country: false, major: true });
      const withoutDots = capital.replace(/\s+D\.C\.$/, "");
      addPlace(places, withoutDots, { name: withoutDots, country: false, major: true });
    }
    for (const region of [country.region, country.subregion]) {
      if (region) addPlace(places, region, { name: region, country: false, major: true });
    }
  }
  for (const subdivision of SUBDIVISIONS)
    addPlace(places, subdivision, { name: subdivision, country: false, major: true });
  for (const zone of rawTimeZones) {
    for (const city of zone.mainCities) {
      // A one-word city that is also a familiar English word ("Mobile", "Reading") is too ambiguous.
      if (!city.includes(" ") && commonWords.has(city.toLowerCase())) continue;
      if (city.includes("/")) continue;
      addPlace(places, city, { name: city, country: false, major: false });
      // "New York City" is usually just "New York"; "Mexico City" stays itself, "Mexico" being the country.
      if (city.endsWith(" City"))
        addPlace(places, city.slice(0, -5), {
          name: city.slice(0, -5),
          country: false,
          major: false,
        });
    }
  }

  const names = new SortedLines(nameList);
  const isPersonalName = (word: string): boolean =>
    word.length > 1 &&
    !commonWords.has(word.toLowerCase()) &&
    !places.has(word) &&
    !demonyms.has(word) &&
    names.has(word);

  const isListedName = (word: string): boolean => word.length > 1 && names.has(word);
  return {
    places,
    demonyms,
    isPersonalName,
    isListedName,
    commonWords,
    placeNameStarts: nameStarts(places.keys()),
    placeNameEnds: nameEnds(places.keys()),
  };
}

/**
 * Every leading part of the names that ends before a space or a full stop: the words of a run are
 * joined by gaps that start with one of these (" ", " of ", ". "), so its first word is among them.
 */
function nameStarts(names: Iterable<string>): Set<string> {
  const starts = new Set<string>();
  for (const name of names) {
    for (let index = 1; index < name.length; index++) {
      const code = name.charCodeAt(index);
      if (code === SPACE || code === FULL_STOP) starts.add(name.slice(0, index));
    }
  }
  return starts;
}

/** Every ending of the names that follows a space or a hyphen. */
function nameEnds(names: Iterable<string>): Set<string> {
  const ends = new Set<string>();
  for (const name of names) {
    for (let index = 0; index < name.length - 1; index++) {
      const code = name.charCodeAt(index);
      if (code === SPACE || code === HYPHEN) ends.add(name.slice(index + 1));
    }
  }
  return ends;
}

let cached: Gazetteer | undefined;

/** The gazetteer, built once on first use from the data packed from world-countries and humannames. */
export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}
