import type { Gazetteer, PlaceEntry } from "./gazetteer.js";
import {
  AMBIGUOUS_TITLES,
  CALENDAR_WORDS,
  EVENT_KEYWORDS,
  HONORIFICS,
  NON_ENTITY_ACRONYMS,
  ORGANIZATION_KEYWORDS,
  ORGANIZATION_NAMES,
  PERSON_TITLES,
  PLACE_KEYWORDS,
  STOPWORDS,
} from "./lexicon.js";

/** Everything the classifier asks about one capitalised word, looked up once per distinct word. */
export interface WordInfo {
  readonly stopword: boolean;
  readonly calendar: boolean;
  readonly title: boolean;
  /** A title that is also an ordinary word ("General", "Chief"): only a personal name may follow. */
  readonly ambiguousTitle: boolean;
  readonly eventKeyword: boolean;
  readonly placeKeyword: boolean;
  /** In the names list at all, familiar words included ("Blair", "Mark"). */
  readonly listedName: boolean;
  /** Initials standing for given names ("JK", "J.K.", "F."). */
  readonly initials: boolean;
  readonly honorific: boolean;
  readonly organizationKeyword: boolean;
  readonly organizationName: boolean;
  readonly demonym: boolean;
  readonly acronym: boolean;
  readonly nonEntityAcronym: boolean;
  /** A familiar English word (New Dale–Chall), also as a plural ("Shares"). */
  readonly common: boolean;
  /** A given name or surname from the names list, not a familiar word, place or demonym. */
  readonly personalName: boolean;
  /** A given name that is also the name of a minor city ("David", "Florence"): a name when a surname follows. */
  readonly givenNameOrTown: boolean;
  readonly place: PlaceEntry | undefined;
  /** Opens a place name of several words ("New", "Sri"): a run starting with it may be one. */
  readonly startsPlaceName: boolean;
}

export type DescribeWord = (word: string) => WordInfo;

const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u;
const INITIALS = /^(?:\p{Lu}{1,2}|(?:\p{Lu}\.){1,3})$/u;

/** Facts about a word from the lexicon alone, for tests and callers without a gazetteer. */
export function lexiconInfo(
  word: string,
  facts: {
    place?: PlaceEntry;
    common?: boolean;
    personalName?: boolean;
    demonym?: boolean;
    givenNameOrTown?: boolean;
    listedName?: boolean;
    startsPlaceName?: boolean;
  } = {},
): WordInfo {
  const {
    place,
    common = false,
    personalName = false,
    demonym = false,
    givenNameOrTown = false,
    listedName = false,
    startsPlaceName = false,
  } = facts;
  return {
    stopword: STOPWORDS.has(word),
    calendar: CALENDAR_WORDS.has(word),
    title: PERSON_TITLES.has(word),
    ambiguousTitle: AMBIGUOUS_TITLES.has(word),
    eventKeyword: EVENT_KEYWORDS.has(word),
    placeKeyword: PLACE_KEYWORDS.has(word),
    listedName,
    initials: INITIALS.test(word),
    honorific: HONORIFICS.has(word),
    organizationKeyword: ORGANIZATION_KEYWORDS.has(word),
    organizationName: ORGANIZATION_NAMES.has(word),
    demonym,
    acronym: ACRONYM.test(word),
    nonEntityAcronym: NON_ENTITY_ACRONYMS.has(word),
    common,
    personalName,
    givenNameOrTown,
    place,
    startsPlaceName,
  };
}

/** Describes a word from the gazetteer and the lexicon; callers cache (see WordTable). */
export function createDescribeWord(gazetteer: Gazetteer): DescribeWord {
  return (word: string): WordInfo => {
    const lower = word.toLowerCase();
    const common =
      gazetteer.commonWords.has(lower) ||
      (lower.length > 3 && lower.endsWith("s") && gazetteer.commonWords.has(lower.slice(0, -1)));
    const place = gazetteer.places.get(word);
    const demonym = gazetteer.demonyms.has(word);
    const personalName =
      !common && place === undefined && !demonym && gazetteer.isPersonalName(word);
    const listedName = gazetteer.isListedName(word);
    const givenNameOrTown = place !== undefined && !place.major && !common && listedName;
    return lexiconInfo(word, {
      place,
      common,
      personalName,
      demonym,
      givenNameOrTown,
      listedName,
      startsPlaceName: gazetteer.placeNameStarts.has(word),
    });
  };
}
