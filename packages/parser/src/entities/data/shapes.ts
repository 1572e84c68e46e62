/** The fields of a world-countries record that the gazetteer reads. */
export interface CountryRecord {
  name: { common: string; official: string };
  cca2: string;
  capital?: string[];
  altSpellings?: string[];
  region?: string;
  subregion?: string;
  demonyms?: { eng?: { f: string; m: string } };
}

export interface GazetteerData {
  countries: CountryRecord[];
  /** The humannames list, one name a line ("\n"), in the package's order (sorted by UTF-16 code units). */
  names: string;
}

/** English given names by their usual gender, one lower-case name a line. */
export interface GivenNameGenders {
  female: string;
  male: string;
}
