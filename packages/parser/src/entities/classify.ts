import { SPEECH_VERBS } from "../quotes/speech-verbs.js";
import { WordTable } from "../word-table.js";
import type { Candidate, Token } from "./candidates.js";
import type { PlaceEntry } from "./gazetteer.js";
import {
  ORGANIZATION_NAMES,
  ORGANIZATION_ONLY_GAPS,
  REGIONAL_DEMONYMS,
  STOPWORDS,
} from "./lexicon.js";

export type MentionKind = "person" | "organization" | "place" | "event" | "other" | "unresolved";

/**
 * One classified span. `unresolved` runs are kept for a second look: they become mentions only
 * where they match a name the article establishes elsewhere.
 */
export interface TypedMention {
  readonly kind: MentionKind;
  readonly blockIndex: number;
  readonly start: number;
  readonly end: number;
  /** The text of the span. */
  readonly surface: string;
  /** The tokens of the span (for persons: the name parts; for unresolved runs: the words to match). */
  readonly tokens: readonly Token[];
  /** Canonical name from the gazetteer, for places; otherwise undefined. */
  readonly canonical: string | undefined;
}

/**
 * Looks up a place name of several words ("New Delhi", "United States") in the gazetteer whose entries
 * the words' own `place` and `startsPlaceName` facts come from.
 */
export type FindPlace = (surface: string) => PlaceEntry | undefined;

/**
 * The organisation names a run of several words can match: a run's words are parted by a gap that
 * starts with a space or a full stop, so a name without either is one word.
 */
const MULTI_WORD_ORGANIZATION_NAMES = new Set(
  [...ORGANIZATION_NAMES].filter((name) => name.includes(" ") || name.includes(".")),
);
/** Word tables, looked up by a range of the text without slicing the word out of it. */
const SPEECH_VERB_TABLE = new WordTable(SPEECH_VERBS);
const VERBS_BEFORE_SPEAKER = new WordTable([
  "said",
  "says",
  "added",
  "adds",
  "told",
  "asked",
  "wrote",
]);
const MAX_NAME_WORDS = 4;
const SPACE = 0x20;
/** A capitalised name after ", " that ends a clause: followed by punctuation or a bracket. */
const REGION_AFTER_COMMA = /(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)(?=[,.;:)!?]|\s\(|$)/uy;
const LOWER_S = 0x73;

/** Whether a word ends in "s", as every group noun does: a test before the regex. */
function endsInS(word: string): boolean {
  return word.charCodeAt(word.length - 1) === LOWER_S;
}
/**
 * Words that follow a business's name and never a person's: "Goldman Sachs economists", "Tesla shares",
 * "Unilever employees".
 */
const BUSINESS_FOLLOWERS = new WordTable(
  "economists analysts strategists shares stock stocks shareholders executives employees bankers staff subsidiary".split(
    " ",
  ),
);
/** Shorter lowercase words between a reporting verb and a name are articles or pronouns ("said the"). */
const MIN_ROLE_LENGTH = 5;

/** The capitalised stopwords that start with A–Z, first letter lowered: grammar words in running text. */
const GRAMMAR_WORDS = new WordTable(
  [...STOPWORDS]
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word.charAt(0).toLowerCase() + word.slice(1)),
);
/** Endings of plurals, adverbs and adjectives, which a bare company name hardly ever has. */
const ORDINARY_WORD_ENDING = /(?:s|ly|al)$/;
/** Plural nouns that open sentences ("Organisers said", "Ministers warned"): groups, not a person. */
const GROUP_NOUN = /(?:ers|ors|ists|ians|ants|ents|ees)$/;
const INSTITUTIONAL_VERBS = new Set([
  "said",
  "says",
  "announced",
  "announces",
  "reported",
  "reports",
  "confirmed",
  "confirms",
  "stated",
  "states",
  "estimated",
  "estimates",
  "warned",
  "warns",
  "",
]);

function span(
  kind: MentionKind,
  text: string,
  tokens: readonly Token[],
  blockIndex: number,
  canonical?: string,
): TypedMention {
  const first = tokens[0] as Token;
  const start = first.start;
  const end = (tokens[tokens.length - 1] as Token).end;
  // A one-word span is its token's interned word, whose hash later Map lookups find already computed.
  const surface = tokens.length === 1 ? first.text : text.slice(start, end);
  return { kind, blockIndex, start, end, surface, tokens, canonical };
}

// Tests on the words of a run, defined once rather than as a new closure per run.
const isOrganizationKeyword = (token: Token): boolean => token.info.organizationKeyword;
const isPersonalName = (token: Token): boolean => token.info.personalName;
const isCommon = (token: Token): boolean => token.info.common;
const isTitleOrCalendar = (token: Token): boolean => token.info.title || token.info.calendar;
/** Most gaps are one space, which needs no set look-up. */
const isOrganizationOnlyGap = (gap: string): boolean =>
  gap !== " " && ORGANIZATION_ONLY_GAPS.has(gap);
/** A word no personal name contains: a demonym, a plural abbreviation, or a place after the first word. */
const isNeverInName = (token: Token, index: number): boolean =>
  (index > 0 && token.info.place !== undefined && !token.info.givenNameOrTown) ||
  token.info.demonym ||
  token.info.pluralAbbreviation;

function hasOrganizationKeywordAfter(tokens: readonly Token[], index: number): boolean {
  for (let after = index + 1; after < tokens.length; after++) {
    if ((tokens[after] as Token).info.organizationKeyword) return true;
  }
  return false;
}

/** Whether a run is joined by " and " / " & " and names no organisation ("Procter & Gamble"). */
function joinsSeveralNames(candidate: Candidate): boolean {
  // A loop: most runs have one word and no gaps, where `some` would still be a call.
  let joined = false;
  for (const gap of candidate.gaps) if (isOrganizationOnlyGap(gap)) joined = true;
  return joined && !candidate.tokens.some(isOrganizationKeyword);
}

/** Splits a run that joins several names at its conjunctions. */
function splitAtConjunctions(candidate: Candidate): Candidate[] {
  const { gaps } = candidate;
  const parts: Candidate[] = [];
  let tokens: Token[] = [];
  let partGaps: string[] = [];
  candidate.tokens.forEach((token, index) => {
    tokens.push(token);
    const gap = gaps[index];
    if (gap === undefined || ORGANIZATION_ONLY_GAPS.has(gap)) {
      const sentenceStart = parts.length === 0 && candidate.sentenceStart;
      parts.push({ blockIndex: candidate.blockIndex, tokens, gaps: partGaps, sentenceStart });
      tokens = [];
      partGaps = [];
    } else {
      partGaps.push(gap);
    }
  });
  return parts;
}

/**
 * A familiar word that is also a given name opens the full name when a personal name follows it:
 * "Transport Secretary Mark Harper", unlike "Trade Secretary Kemi Badenoch".
 */
function opensFullName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  return (
    token !== undefined &&
    next !== undefined &&
    token.info.listedName &&
    !token.info.stopword &&
    next.info.personalName
  );
}

/**
 * "Mark Harper said": a run of a familiar given name at `index` and a surname, then a reporting verb,
 * names the speaker in full.
 */
function namesSpeakerInFull(text: string, tokens: readonly Token[], index: number): boolean {
  const surname = tokens[index + 1];
  return (
    surname !== undefined &&
    tokens.length === index + 2 &&
    opensFullName(tokens, index) &&
    speechVerbAfter(text, surname.end) !== ""
  );
}

/**
 * The person's name after a title: "Narendra Modi" in "Prime Minister Narendra Modi", "Marco Rubio" in
 * "Secretary of State Marco Rubio". Empty when what follows is no name ("General Election").
 */
function nameAfterTitle(
  tokens: readonly Token[],
  gaps: readonly string[],
  titleIndex: number,
): readonly Token[] {
  const title = (tokens[titleIndex] as Token).info;
  let start = titleIndex + 1;
  if (!title.honorific) {
    // Skip the rest of the office ("of State", "Trade") up to the first word that can be a name.
    while (
      start < tokens.length - 1 &&
      (tokens[start] as Token).info.common &&
      !(tokens[start] as Token).info.personalName &&
      !opensFullName(tokens, start)
    ) {
      start++;
    }
    if (gaps[titleIndex] === " of " && start === titleIndex + 1) start++;
  }
  let end = start;
  while (end < tokens.length && end - start < MAX_NAME_WORDS) {
    const { info } = tokens[end] as Token;
    if (info.title || info.organizationKeyword || info.eventKeyword) break;
    if (end > start && gaps[end - 1] === " of ") break;
    end++;
  }
  const name = tokens.slice(start, end);
  if (name.length === 0) return name;
  if (title.ambiguousTitle && !name.some(isPersonalName)) {
    // "Chief Executive Tim Cook" yes, "Major Tom" yes, "Private Eye" or "Chief Whip" no.
    const only = name[0] as Token;
    const surname =
      name.length === 1 && !only.info.common && only.info.place === undefined && !only.info.acronym;
    return surname ? name : [];
  }
  return name;
}

function lastTitleIndex(tokens: readonly Token[]): number {
  for (let index = tokens.length - 2; index >= 0; index--) {
    if ((tokens[index] as Token).info.title && !(tokens[index + 1] as Token).info.title)
      return index;
  }
  return -1;
}

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Where the lower-case letters starting at `offset` end (`offset` itself when there are none). */
function lowerWordEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && isLowerLetter(text.charCodeAt(end))) end++;
  return end;
}

/** Whether the lower-case word `text.slice(start, end)` is in `table`. */
function isWordIn(table: WordTable, text: string, start: number, end: number): boolean {
  return end > start && table.indexOf(text, start, end) !== -1;
}

const DESCRIBING_COMPOUND = /-\p{Ll}/u;

function isTitle(token: Token): boolean {
  return token.info.title;
}

/**
 * Whether a business noun follows the run ("Goldman Sachs economists"). Not after a describing compound
 * ("Jakarta-based staff", "Singapore-listed shares"), which is no name.
 */
function followedByBusinessNoun(text: string, run: readonly Token[]): boolean {
  const last = run[run.length - 1];
  if (last === undefined || text.charCodeAt(last.end) !== SPACE) return false;
  const start = last.end + 1;
  return (
    isWordIn(BUSINESS_FOLLOWERS, text, start, lowerWordEnd(text, start)) &&
    !run.some((token) => DESCRIBING_COMPOUND.test(token.text))
  );
}

/** The reporting verb right after a run ("Chouhan said" → "said"), or "". */
function speechVerbAfter(text: string, end: number): string {
  if (text.charCodeAt(end) !== SPACE) return "";
  const start = end + 1;
  const verbEnd = lowerWordEnd(text, start);
  const index = verbEnd > start ? SPEECH_VERB_TABLE.indexOf(text, start, verbEnd) : -1;
  return index === -1 ? "" : (SPEECH_VERB_TABLE.words[index] as string);
}

/** "Chouhan said", "said Chouhan": a reporting verb next to the run marks a speaker. */
function hasSpeechVerbNearby(
  text: string,
  start: number,
  end: number,
  sentenceStart: boolean,
): boolean {
  if (speechVerbAfter(text, end) !== "") return true;
  if (sentenceStart || text.charCodeAt(start - 1) !== SPACE) return false;
  const wordEnd = start - 1;
  let before = wordEnd;
  while (before > 0 && isLowerLetter(text.charCodeAt(before - 1))) before--;
  if (
    isWordIn(VERBS_BEFORE_SPEAKER, text, before, wordEnd) ||
    (wordEnd - before === 2 && before >= 10 && text.startsWith("according to", before - 10))
  )
    return true;
  // "said coach Pep Guardiola", "says analyst Jane Doe": a role between the verb and the name.
  if (
    wordEnd - before < MIN_ROLE_LENGTH ||
    text.charCodeAt(before - 1) !== SPACE ||
    isWordIn(GRAMMAR_WORDS, text, before, wordEnd)
  )
    return false;
  let verbStart = before - 1;
  while (verbStart > 0 && isLowerLetter(text.charCodeAt(verbStart - 1))) verbStart--;
  return isWordIn(VERBS_BEFORE_SPEAKER, text, verbStart, before - 1);
}

/** Classifies the candidate runs of one block. */
export class BlockClassifier {
  constructor(
    private readonly text: string,
    private readonly findPlace: FindPlace,
  ) {}

  /** Classifies a run, adding its mentions to `out` (arrays per run would be garbage at once). */
  classify(candidate: Candidate, out: TypedMention[]): void {
    const { text } = this;
    const { blockIndex } = candidate;
    let { tokens, gaps, sentenceStart } = candidate;

    // Grammar words never start a name; at a sentence start neither do familiar words ("Formal talks"),
    // nor a plain word joined by "of" ("Shares of Goldman Sachs").
    let skip = 0;
    while (skip < tokens.length) {
      const { info } = tokens[skip] as Token;
      if (info.title) break;
      const known = info.place !== undefined || info.organizationName;
      // "Mother-of-two Sarah Jones", "Oscar-winning Emma Stone": a describing compound is no part of the name.
      const droppable =
        (!known && info.describingCompound) ||
        info.stopword ||
        (sentenceStart && !known && info.common && !namesSpeakerInFull(text, tokens, skip));
      const ofPhrase =
        sentenceStart && gaps[skip] === " of " && !known && !info.organizationKeyword;
      if (!droppable && !ofPhrase) break;
      skip++;
      sentenceStart = false;
    }
    if (skip > 0) {
      tokens = tokens.slice(skip);
      gaps = gaps.slice(skip);
    }
    const first = tokens[0];
    if (first === undefined) return;
    const last = tokens[tokens.length - 1] as Token;

    if (tokens.length > 1) {
      const known = this.placeOfRun(tokens);
      if (known) {
        out.push(span("place", text, tokens, blockIndex, known.name));
        return;
      }
      if (
        MULTI_WORD_ORGANIZATION_NAMES.size > 0 &&
        MULTI_WORD_ORGANIZATION_NAMES.has(text.slice(first.start, last.end))
      ) {
        out.push(span("organization", text, tokens, blockIndex));
        return;
      }
    }

    const titleIndex = lastTitleIndex(tokens);
    if (titleIndex >= 0 && !hasOrganizationKeywordAfter(tokens, titleIndex)) {
      this.qualifiersBeforeTitle(tokens.slice(0, titleIndex), gaps, blockIndex, out);
      const name = nameAfterTitle(tokens, gaps, titleIndex);
      if (name.length > 0) out.push(span("person", text, name, blockIndex));
      return;
    }

    if (tokens.length === 1) {
      const mention = this.classifyWord(tokens, blockIndex, sentenceStart);
      if (mention !== undefined) out.push(mention);
      return;
    }

    // "Kansas City", "Salt Lake City": a place and "City" is a city, not a football club.
    if (tokens.length === 2 && first.info.place !== undefined && last.text === "City") {
      out.push(span("place", text, tokens, blockIndex));
      return;
    }
    if (tokens.some(isOrganizationKeyword)) {
      // "CEO of Murray Mining": the office before "of" is not part of the organisation's name.
      const afterOffice = titleIndex >= 0 && gaps[titleIndex] === " of " ? titleIndex + 1 : 0;
      out.push(
        span(
          "organization",
          text,
          afterOffice > 0 ? tokens.slice(afterOffice) : tokens,
          blockIndex,
        ),
      );
      return;
    }
    // A leading demonym is an adjective: look at the rest ("Russian Vladimir Putin"). A continent's
    // opens names of its own ("European Commission", "African Nations Cup").
    if (first.info.demonym && !REGIONAL_DEMONYMS.has(first.text)) {
      this.classify(
        { blockIndex, tokens: tokens.slice(1), gaps: gaps.slice(1), sentenceStart: false },
        out,
      );
      return;
    }
    out.push(this.classifyRun(tokens, gaps, blockIndex, sentenceStart));
  }

  /** The mention of a run of several words that none of the tests in `classify` has decided. */
  private classifyRun(
    tokens: readonly Token[],
    gaps: readonly string[],
    blockIndex: number,
    sentenceStart: boolean,
  ): TypedMention {
    const { text } = this;
    const first = tokens[0] as Token;
    const last = tokens[tokens.length - 1] as Token;
    if (last.info.eventKeyword) return span("event", text, tokens, blockIndex);
    if (tokens.length <= 3 && !first.info.personalName && this.followedByRegion(last.end)) {
      return span("place", text, tokens, blockIndex);
    }
    // "Downing Street", "Lansdowne Road"; but "Mike Lake" and "Thomas Haden Church" are people.
    const surnameLike = first.info.personalName && last.info.surnamePlaceWord;
    if (last.info.placeKeyword && !first.info.stopword && !surnameLike) {
      return span("place", text, tokens, blockIndex);
    }
    // "Las Vegas", "San Andreas", "Fort Worth".
    if (
      tokens.length === 2 &&
      first.info.placeArticle &&
      !last.text.includes("-") &&
      !last.info.common
    ) {
      return span("place", text, tokens, blockIndex);
    }

    if (followedByBusinessNoun(text, tokens)) return span("organization", text, tokens, blockIndex);
    const namelike =
      tokens.length <= MAX_NAME_WORDS &&
      !gaps.includes(" of ") &&
      !first.info.calendar &&
      !(last.info.acronym && !last.info.initials) &&
      !first.info.placePrefix &&
      // "Prime Minister", "Chief Executive": an office alone names nobody.
      !tokens.every(isTitle) &&
      !tokens.some(isNeverInName);
    const givenName =
      first.info.personalName || first.info.givenNameOrTown || namesSpeakerInFull(text, tokens, 0);
    if (namelike && first.info.initials && last.info.personalName)
      return span("person", text, tokens, blockIndex);
    // "Gordon Brown", "David Frost": a given name makes a following familiar word a surname.
    if (namelike && givenName) return span("person", text, tokens, blockIndex);
    // "Families Margaret Hodge" (after "Minister for Children and"): familiar words before a full name.
    const given = tokens.findIndex(isPersonalName);
    if (
      namelike &&
      given > 0 &&
      given < tokens.length - 1 &&
      tokens.slice(0, given).every(isCommon)
    ) {
      return span("person", text, tokens.slice(given), blockIndex);
    }

    if (namelike && tokens.length <= 3 && !tokens.some(isCommon)) {
      if (hasSpeechVerbNearby(text, first.start, last.end, sentenceStart))
        return span("person", text, tokens, blockIndex);
    }
    if (!sentenceStart && !tokens.some(isTitleOrCalendar)) {
      return span("other", text, tokens, blockIndex);
    }
    return span("unresolved", text, tokens, blockIndex);
  }

  /**
   * Classifies a run of capitalised words into typed mentions (titles stripped, possessives already cut)
   * and adds them to `out`. In headline-style lines capitals are no evidence: only gazetteer places are
   * kept, the rest is left unresolved, to be matched later against names established elsewhere.
   */
  candidate(candidate: Candidate, headline: boolean, out: TypedMention[]): void {
    const { tokens } = candidate;
    if (headline) {
      const place = this.placeOfRun(tokens);
      out.push(
        span(place ? "place" : "unresolved", this.text, tokens, candidate.blockIndex, place?.name),
      );
    } else if (joinsSeveralNames(candidate)) {
      for (const part of splitAtConjunctions(candidate)) this.classify(part, out);
    } else {
      this.classify(candidate, out);
    }
  }

  /**
   * The place a run names as a whole: a single word's own entry, otherwise the gazetteer's entry for the
   * run's text, looked up only when the first word opens and the last word closes some place name of
   * several words.
   */
  private placeOfRun(tokens: readonly Token[]): PlaceEntry | undefined {
    const first = tokens[0] as Token;
    if (tokens.length === 1) return first.info.place;
    const last = tokens[tokens.length - 1] as Token;
    if (!first.info.startsPlaceName || !last.info.endsPlaceName) return undefined;
    return this.findPlace(this.text.slice(first.start, last.end));
  }

  /**
   * "Minneapolis, Minnesota", "Lahore, Pakistan, on Monday": a name followed by a comma and a country or
   * state is a town there. Not "Smith, Britain's envoy" nor "Johnson, Texas Republican".
   */
  private followedByRegion(end: number): boolean {
    const { text } = this;
    if (text.charCodeAt(end) !== 44 || text.charCodeAt(end + 1) !== 32) return false;
    REGION_AFTER_COMMA.lastIndex = end + 2;
    const match = REGION_AFTER_COMMA.exec(text);
    const region = match?.[1];
    return region !== undefined && this.findPlace(region)?.major === true;
  }

  private classifyWord(
    run: readonly Token[],
    blockIndex: number,
    sentenceStart: boolean,
  ): TypedMention | undefined {
    const token = run[0] as Token;
    const { info } = token;
    const { text } = this;
    if (info.place) return span("place", text, run, blockIndex, info.place.name);
    if (info.organizationName) return span("organization", text, run, blockIndex);
    if (!info.title && !info.calendar && this.followedByRegion(token.end)) {
      return span("place", text, run, blockIndex);
    }
    if (
      info.calendar ||
      info.demonym ||
      info.title ||
      info.organizationKeyword ||
      token.text.length < 2
    )
      return undefined;
    if (
      (info.acronym && !info.nonEntityAcronym) ||
      (!info.common && !sentenceStart && followedByBusinessNoun(text, run))
    )
      return span("organization", text, run, blockIndex);
    // "MSPs", "CEOs": plural abbreviations name groups of people, not someone.
    if (info.pluralAbbreviation) return undefined;
    if (
      !info.common &&
      !(sentenceStart && endsInS(token.text) && GROUP_NOUN.test(token.text)) &&
      hasSpeechVerbNearby(text, token.start, token.end, sentenceStart)
    ) {
      // "Blair said" is a person; "Yukos said" or "Yukos announced" an organisation: the names list and
      // the verb tell them apart. Organisations say, state and announce; people also tell, add and argue.
      if (info.listedName || !INSTITUTIONAL_VERBS.has(speechVerbAfter(text, token.end))) {
        return span("person", text, run, blockIndex);
      }
      // At a sentence start its capital is no evidence: plurals, adverbs and adjectives ("Witnesses",
      // "Recently", "Initial") are ordinary words, a bare name ("Unilever said") is not.
      if (!sentenceStart || !ORDINARY_WORD_ENDING.test(token.text))
        return span("organization", text, run, blockIndex);
    }
    return span("unresolved", text, run, blockIndex);
  }

  /**
   * The words before a title ("Federal Reserve" in "Federal Reserve Chair Jerome Powell", "U.S." in
   * "U.S. Trade Representative"), added to `out`: places and organisations only; roles and demonyms
   * are dropped.
   */
  private qualifiersBeforeTitle(
    tokens: readonly Token[],
    gaps: readonly string[],
    blockIndex: number,
    out: TypedMention[],
  ): void {
    let runStart = 0;
    const flush = (runEnd: number): void => {
      if (runEnd > runStart) {
        const run: Candidate = {
          blockIndex,
          tokens: tokens.slice(runStart, runEnd),
          gaps: gaps.slice(runStart, runEnd - 1),
          sentenceStart: false,
        };
        const from = out.length;
        this.classify(run, out);
        keepPlacesAndOrganizations(out, from);
      }
    };
    tokens.forEach((token, index) => {
      if (token.info.place || token.info.title || token.info.demonym) {
        flush(index);
        if (token.info.place)
          out.push(span("place", this.text, [token], blockIndex, token.info.place.name));
        runStart = index + 1;
      }
    });
    flush(tokens.length);
  }
}

/** Drops the mentions from `from` on that name neither a place nor an organisation. */
function keepPlacesAndOrganizations(mentions: TypedMention[], from: number): void {
  let kept = from;
  for (let index = from; index < mentions.length; index++) {
    const mention = mentions[index] as TypedMention;
    if (mention.kind === "place" || mention.kind === "organization") mentions[kept++] = mention;
  }
  mentions.length = kept;
}
