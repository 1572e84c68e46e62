import type { Gazetteer, PlaceEntry } from "./gazetteer.js";
import {
  ABBREVIATED_TITLES,
  AMBIGUOUS_TITLES,
  CALENDAR_WORDS,
  EVENT_KEYWORDS,
  HONORIFICS,
  NON_ENTITY_ACRONYMS,
  ORGANIZATION_KEYWORDS,
  ORGANIZATION_NAMES,
  PERSON_TITLES,
  PLACE_ARTICLES,
  PLACE_KEYWORDS,
  PLACE_PREFIXES,
  STOPWORDS,
  SURNAME_PLACE_WORDS,
} from "./lexicon.js";
import { plainWordSlug } from "./slug.js";

/** Everything the classifier asks about one capitalised word, looked up once per distinct word. */
export interface WordInfo {
  /** The word itself, interned: every token of it shares this string. */
  readonly word: string;
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
  /** Closes a place name of several words ("Delhi", "States"): a run ending with it may be one. */
  readonly endsPlaceName: boolean;
  /** A compound that describes who or what follows: "London-based", "Oscar-winning", "Mother-of-two". */
  readonly describingCompound: boolean;
  /** A plural abbreviation ("MSPs", "CEOs"), which names a group of people. */
  readonly pluralAbbreviation: boolean;
  /** Starts place names, never given names ("Las", "Old", "North"). */
  readonly placePrefix: boolean;
  /** Starts place names only ("Las", "San", "Fort"). */
  readonly placeArticle: boolean;
  /** A place word that is also a surname ("Lake", "Church"). */
  readonly surnamePlaceWord: boolean;
  /** A title or an initial that a full stop abbreviates ("Mr. Smith", "John F. Kennedy"). */
  readonly abbreviation: boolean;
  /** The word's slug when it is ASCII letters and digits only ("Blair" → "blair"), else undefined. */
  readonly slug: string | undefined;
}

export type DescribeWord = (word: string) => WordInfo;

const ACRONYM_SHAPE = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u;
const INITIALS_SHAPE = /^(?:\p{Lu}{1,2}|(?:\p{Lu}\.){1,3})$/u;
const DESCRIBING_PREFIX =
  /-(?:\p{Ll}+-)*\p{Ll}*(?:ed|ing|born|based|owned|half|language|owner)$|-of-/u;
const PLURAL_ABBREVIATION = /^\p{Lu}{2,}s$/u;
const SINGLE_INITIAL = /^\p{Lu}$/u;

/** The yes/no facts of a word, one bit each. */
const STOPWORD = 1 << 0;
const CALENDAR = 1 << 1;
const TITLE = 1 << 2;
const AMBIGUOUS_TITLE = 1 << 3;
const EVENT_KEYWORD = 1 << 4;
const PLACE_KEYWORD = 1 << 5;
const LISTED_NAME = 1 << 6;
const INITIALS = 1 << 7;
const HONORIFIC = 1 << 8;
const ORGANIZATION_KEYWORD = 1 << 9;
const ORGANIZATION_NAME = 1 << 10;
const DEMONYM = 1 << 11;
const ACRONYM = 1 << 12;
const NON_ENTITY_ACRONYM = 1 << 13;
const COMMON = 1 << 14;
const PERSONAL_NAME = 1 << 15;
const GIVEN_NAME_OR_TOWN = 1 << 16;
const STARTS_PLACE_NAME = 1 << 17;
const DESCRIBING = 1 << 18;
const PLURAL_ABBREVIATION_SHAPE = 1 << 19;
const PLACE_PREFIX = 1 << 20;
const PLACE_ARTICLE = 1 << 21;
const SURNAME_PLACE_WORD = 1 << 22;
const ABBREVIATION = 1 << 23;
const ENDS_PLACE_NAME = 1 << 24;

/**
 * A WordInfo with its yes/no facts packed into one number: a few bytes in one piece of memory instead
 * of a field per fact, so the facts of the thousands of words seen stay in the processor's caches.
 */
class PackedWordInfo implements WordInfo {
  readonly word: string;
  readonly #flags: number;
  readonly place: PlaceEntry | undefined;
  readonly slug: string | undefined;

  constructor(word: string, flags: number, place: PlaceEntry | undefined) {
    this.word = word;
    this.#flags = flags;
    this.place = place;
    this.slug = plainWordSlug(word);
  }

  get stopword(): boolean {
    return (this.#flags & STOPWORD) !== 0;
  }
  get calendar(): boolean {
    return (this.#flags & CALENDAR) !== 0;
  }
  get title(): boolean {
    return (this.#flags & TITLE) !== 0;
  }
  get ambiguousTitle(): boolean {
    return (this.#flags & AMBIGUOUS_TITLE) !== 0;
  }
  get eventKeyword(): boolean {
    return (this.#flags & EVENT_KEYWORD) !== 0;
  }
  get placeKeyword(): boolean {
    return (this.#flags & PLACE_KEYWORD) !== 0;
  }
  get listedName(): boolean {
    return (this.#flags & LISTED_NAME) !== 0;
  }
  get initials(): boolean {
    return (this.#flags & INITIALS) !== 0;
  }
  get honorific(): boolean {
    return (this.#flags & HONORIFIC) !== 0;
  }
  get organizationKeyword(): boolean {
    return (this.#flags & ORGANIZATION_KEYWORD) !== 0;
  }
  get organizationName(): boolean {
    return (this.#flags & ORGANIZATION_NAME) !== 0;
  }
  get demonym(): boolean {
    return (this.#flags & DEMONYM) !== 0;
  }
  get acronym(): boolean {
    return (this.#flags & ACRONYM) !== 0;
  }
  get nonEntityAcronym(): boolean {
    return (this.#flags & NON_ENTITY_ACRONYM) !== 0;
  }
  get common(): boolean {
    return (this.#flags & COMMON) !== 0;
  }
  get personalName(): boolean {
    return (this.#flags & PERSONAL_NAME) !== 0;
  }
  get givenNameOrTown(): boolean {
    return (this.#flags & GIVEN_NAME_OR_TOWN) !== 0;
  }
  get startsPlaceName(): boolean {
    return (this.#flags & STARTS_PLACE_NAME) !== 0;
  }
  get endsPlaceName(): boolean {
    return (this.#flags & ENDS_PLACE_NAME) !== 0;
  }
  get describingCompound(): boolean {
    return (this.#flags & DESCRIBING) !== 0;
  }
  get pluralAbbreviation(): boolean {
    return (this.#flags & PLURAL_ABBREVIATION_SHAPE) !== 0;
  }
  get placePrefix(): boolean {
    return (this.#flags & PLACE_PREFIX) !== 0;
  }
  get placeArticle(): boolean {
    return (this.#flags & PLACE_ARTICLE) !== 0;
  }
  get surnamePlaceWord(): boolean {
    return (this.#flags & SURNAME_PLACE_WORD) !== 0;
  }
  get abbreviation(): boolean {
    return (this.#flags & ABBREVIATION) !== 0;
  }
}

function bit(fact: boolean, flag: number): number {
  return fact ? flag : 0;
}

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
    endsPlaceName?: boolean;
  } = {},
): WordInfo {
  const flags =
    bit(STOPWORDS.has(word), STOPWORD) |
    bit(CALENDAR_WORDS.has(word), CALENDAR) |
    bit(PERSON_TITLES.has(word), TITLE) |
    bit(AMBIGUOUS_TITLES.has(word), AMBIGUOUS_TITLE) |
    bit(EVENT_KEYWORDS.has(word), EVENT_KEYWORD) |
    bit(PLACE_KEYWORDS.has(word), PLACE_KEYWORD) |
    bit(facts.listedName === true, LISTED_NAME) |
    bit(INITIALS_SHAPE.test(word), INITIALS) |
    bit(HONORIFICS.has(word), HONORIFIC) |
    bit(ORGANIZATION_KEYWORDS.has(word), ORGANIZATION_KEYWORD) |
    bit(ORGANIZATION_NAMES.has(word), ORGANIZATION_NAME) |
    bit(facts.demonym === true, DEMONYM) |
    bit(ACRONYM_SHAPE.test(word), ACRONYM) |
    bit(NON_ENTITY_ACRONYMS.has(word), NON_ENTITY_ACRONYM) |
    bit(facts.common === true, COMMON) |
    bit(facts.personalName === true, PERSONAL_NAME) |
    bit(facts.givenNameOrTown === true, GIVEN_NAME_OR_TOWN) |
    bit(facts.startsPlaceName === true, STARTS_PLACE_NAME) |
    bit(facts.endsPlaceName === true, ENDS_PLACE_NAME) |
    bit(DESCRIBING_PREFIX.test(word), DESCRIBING) |
    bit(PLURAL_ABBREVIATION.test(word), PLURAL_ABBREVIATION_SHAPE) |
    bit(PLACE_PREFIXES.has(word), PLACE_PREFIX) |
    bit(PLACE_ARTICLES.has(word), PLACE_ARTICLE) |
    bit(SURNAME_PLACE_WORDS.has(word), SURNAME_PLACE_WORD) |
    bit(ABBREVIATED_TITLES.has(word) || SINGLE_INITIAL.test(word), ABBREVIATION);
  return new PackedWordInfo(word, flags, facts.place);
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
      endsPlaceName: gazetteer.placeNameEnds.has(word),
    });
  };
}
