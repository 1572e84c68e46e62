import type { Block, Entity, SpeakerType } from "@news/schema";
import { PERSON_TITLES } from "../entities/lexicon.js";
import { spacedWords } from "../white-space.js";
import { type Gender, genderOfName } from "./gender.js";
import type { SpeakerCue } from "./speaker-cue.js";

export interface ResolvedSpeaker {
  readonly speaker: string;
  readonly speakerType: SpeakerType;
  readonly speakerEntityId?: string;
}

/** Nouns that make the source a published statement rather than a person ("An official statement noted"). */
const STATEMENT_NOUNS = new Set(
  "statement statements readout release communique communiqué announcement post tweet message notice advisory declaration".split(
    " ",
  ),
);
/** Nouns that make the source a document ("the report said", "the filing states"). */
const DOCUMENT_NOUNS = new Set(
  "report document letter filing memo memorandum study survey analysis paper ruling judgment judgement verdict order complaint lawsuit indictment affidavit transcript minutes guidance guidelines draft bill manifesto note".split(
    " ",
  ),
);
/**
 * Someone who speaks for an organisation. Such a speaker is recorded as speakerType "organization":
 * the words are the organisation's position, and the unnamed person has no entity of their own.
 */
const SPOKESPERSON_NOUNS = new Set(
  "spokesperson spokespeople spokesman spokeswoman spokesmen spokeswomen representative representatives".split(
    " ",
  ),
);
const ORGANIZATION_NOUNS = new Set(
  "ministry ministries government governments company companies firm firms department agency agencies bank banks police army military embassy consulate office court council committee party union group federation board commission bank administration campaign team club authority authorities regulator network newspaper channel broadcaster organisation organization charity coalition alliance cabinet parliament senate congress".split(
    " ",
  ),
);
const PERSON_NOUNS = new Set(
  `official officials minister ministers analyst analysts expert experts source sources lawyer lawyers economist economists leader leaders president chairman chief executive director manager coach player spokesman diplomat diplomats envoy officer officers witness witnesses resident residents campaigner campaigners activist activists researcher researchers scientist scientists doctor doctors teacher teachers author man woman boy girl father mother son daughter friend neighbour neighbor colleague member members negotiator negotiators investor investors trader traders executive executives founder judge prosecutor prosecutors aide aides adviser advisers advisor advisors senator senators governor mayor
  congressman congresswoman lawmaker lawmakers mp mps politician politicians spokesman chancellor secretary general
  commander captain manager boss skipper striker defender midfielder goalkeeper star actor actress singer director
  producer writer novelist artist musician fan fans user users customer customers consumer consumers worker workers
  employee employees staff student students parent parents victim victims survivor survivors`
    .split(/\s+/)
    .filter((noun) => noun.length > 0),
);
const PRONOUNS = new Set(["he", "she"]);
const NON_SPEAKERS = new Set(
  "they we i you this that which who what there these those one people everyone someone".split(" "),
);
const ARTICLE = /^(?:a|an|the)\s+/i;
const DEFINITE_OFFICE =
  /^the (?:president|prime minister|chancellor|minister|senator|governor|mayor|premier|king|queen|pope|secretary|ambassador|chairman|chairwoman|coach|manager)$/i;
/** "said the 34-year-old": a person named before, referred back to by age. */
const DEFINITE_AGE = /^the \d{1,3}-year-old$/i;
/** "The company said" after Tesla was named: a business is referred back to by what it is. */
const DEFINITE_BUSINESS =
  /^the (?:company|firm|bank|carmaker|automaker|airline|retailer|insurer|lender|manufacturer|chain|studio|publisher|broadcaster)$/i;
const NAME_AFTER_ROLE =
  /^(?:[\p{Ll}'’-]+\s+){1,4}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/u;
const CAPITALISED = /^\p{Lu}/u;
const RECENT_MENTIONS = 30;
/** Lookups of one kind answered from the entity list before an index is built for them. */
const DIRECT_LOOKUPS = 16;

/** The index of the last mention in a reading-ordered list that ends before a position, or -1. */
function lastIndexBefore(
  mentions: readonly PlacedMention[],
  blockIndex: number,
  offset: number,
): number {
  return countBefore(mentions, blockIndex, offset, "end") - 1;
}

/**
 * How many mentions of a reading-ordered list lie before a position: by where they end (`end`: ended by
 * it) or by where they start (`start`: started before it); a binary search.
 */
function countBefore(
  mentions: readonly PlacedMention[],
  blockIndex: number,
  offset: number,
  edge: "start" | "end",
): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const mention = mentions[middle] as PlacedMention;
    const before =
      mention.blockIndex < blockIndex ||
      (mention.blockIndex === blockIndex &&
        (edge === "end" ? mention.end <= offset : mention.start < offset));
    if (before) low = middle + 1;
    else high = middle;
  }
  return low;
}

interface PlacedMention {
  readonly blockIndex: number;
  readonly start: number;
  readonly end: number;
  readonly entity: Entity;
}

/** A mention with the position of its entity in the article's list, which breaks ties between speakers. */
interface RankedMention extends PlacedMention {
  readonly order: number;
}

/** Every mention, in reading order. */
function allMentions(entities: readonly Entity[]): RankedMention[] {
  const placed: RankedMention[] = [];
  entities.forEach((entity, order) => {
    for (const { blockIndex, start, end } of entity.mentions)
      placed.push({ blockIndex, start, end, entity, order });
  });
  return placed.sort(inReadingOrder);
}

/** The index of the first mention in a reading-ordered list that starts at or after a position. */
function firstIndexFrom(
  mentions: readonly PlacedMention[],
  blockIndex: number,
  offset: number,
): number {
  return countBefore(mentions, blockIndex, offset, "start");
}

/**
 * Which entity a phrase naming several speaks for: people first, then organisations, then places
 * (a switch: the look-up runs for every entity on every cue).
 */
function speakerRank(entity: Entity): number {
  switch (entity.type) {
    case "person":
      return 1;
    case "organization":
      return 2;
    case "place":
      return 3;
    default:
      return 4;
  }
}

function inReadingOrder(a: PlacedMention, b: PlacedMention): number {
  return a.blockIndex - b.blockIndex || a.start - b.start;
}

/** Mentions of the entities of some types, in reading order. */
function placedMentions(entities: readonly Entity[], type: Entity["type"]): PlacedMention[] {
  const placed: PlacedMention[] = [];
  for (const entity of entities) {
    if (entity.type !== type) continue;
    for (const { blockIndex, start, end } of entity.mentions)
      placed.push({ blockIndex, start, end, entity });
  }
  return placed.sort(inReadingOrder);
}

/**
 * Entities and their mentions arranged for looking up speakers by position. Each arrangement is built
 * on first use: most articles need only one or two of them.
 */
export class SpeakerIndex {
  readonly #entities: readonly Entity[];
  #byForm: Map<string, Entity> | undefined;
  /** Person mentions in reading order, for resolving "he" and "she". */
  #people: PlacedMention[] | undefined;
  #organizations: PlacedMention[] | undefined;
  #mentions: RankedMention[] | undefined;
  /** Each person's gender by given name, read once: "he said" walks back over the same people again and again. */
  #genders: Map<Entity, Gender | undefined> | undefined;
  #directWithin = 0;
  #directNamed = 0;

  readonly #blocks: readonly Block[];

  constructor(entities: readonly Entity[], blocks: readonly Block[] = []) {
    this.#entities = entities;
    this.#blocks = blocks;
  }

  /**
   * Whether a lookup should read the entity list directly rather than build an index: true for the first
   * few lookups of a kind, which is all most articles make, so they build nothing; a long text with many
   * quotations builds the index once and stays linear.
   */
  #readDirectly(kind: "within" | "named"): boolean {
    if (kind === "within") return ++this.#directWithin <= DIRECT_LOOKUPS;
    return ++this.#directNamed <= DIRECT_LOOKUPS;
  }

  #forms(): Map<string, Entity> {
    if (this.#byForm !== undefined) return this.#byForm;
    const byForm = new Map<string, Entity>();
    for (const entity of this.#entities) {
      if (!byForm.has(entity.name)) byForm.set(entity.name, entity);
      for (const alias of entity.aliases) if (!byForm.has(alias)) byForm.set(alias, entity);
    }
    this.#byForm = byForm;
    return byForm;
  }

  /**
   * The person mentioned last before a position. With an office ("president"), the last person whose
   * mention follows that title ("President Bush"), when there is one among the recent mentions.
   */
  personBefore(
    blockIndex: number,
    offset: number,
    office?: string,
    pronoun?: Gender,
  ): Entity | undefined {
    this.#people ??= placedMentions(this.#entities, "person");
    const people = this.#people;
    const last = lastIndexBefore(people, blockIndex, offset);
    for (let index = last; index >= 0 && index > last - RECENT_MENTIONS; index--) {
      const mention = people[index] as PlacedMention;
      if (office !== undefined) {
        const text = this.#blocks[mention.blockIndex]?.text ?? "";
        const before = text.slice(Math.max(0, mention.start - office.length - 1), mention.start);
        if (before.toLowerCase() === `${office} `) return mention.entity;
      } else if (pronoun !== undefined) {
        // "she said" after "John Carpenter … Anne Hill": the nearest person the pronoun fits.
        const gender = this.#genderOf(mention.entity);
        if (gender === undefined || gender === pronoun) return mention.entity;
      }
    }
    // No one fits (a name the list gets wrong, "Ange" for a man): the nearest person after all.
    return people[last]?.entity;
  }

  #genderOf(person: Entity): Gender | undefined {
    this.#genders ??= new Map();
    if (this.#genders.has(person)) return this.#genders.get(person);
    const gender = genderOfName(person.name);
    this.#genders.set(person, gender);
    return gender;
  }

  /** The organisation mentioned last before a position, for "it said". */
  organizationBefore(blockIndex: number, offset: number): Entity | undefined {
    this.#organizations ??= placedMentions(this.#entities, "organization");
    const organizations = this.#organizations;
    return organizations[lastIndexBefore(organizations, blockIndex, offset)]?.entity;
  }

  /**
   * The entity mentioned inside a range of a block: a person before an organisation before a place
   * before anything else, and among equals the one listed first. A binary search to the range: a
   * paragraph of a whole book's mentions is not read once per quotation.
   */
  entityWithin(blockIndex: number, start: number, end: number): Entity | undefined {
    if (this.#mentions === undefined && this.#readDirectly("within"))
      return this.#entityWithinDirectly(blockIndex, start, end);
    this.#mentions ??= allMentions(this.#entities);
    const mentions = this.#mentions;
    let best: RankedMention | undefined;
    let bestRank = Number.POSITIVE_INFINITY;
    for (let index = firstIndexFrom(mentions, blockIndex, start); ; index++) {
      const mention = mentions[index];
      if (mention === undefined || mention.blockIndex !== blockIndex || mention.start > end) break;
      if (mention.end > end) continue;
      const rank = speakerRank(mention.entity);
      if (
        rank < bestRank ||
        (rank === bestRank && best !== undefined && mention.order < best.order)
      ) {
        best = mention;
        bestRank = rank;
      }
    }
    return best?.entity;
  }

  /** entityWithin by reading every mention: the best rank, and among equals the entity listed first. */
  #entityWithinDirectly(blockIndex: number, start: number, end: number): Entity | undefined {
    let best: Entity | undefined;
    let bestRank = Number.POSITIVE_INFINITY;
    for (const entity of this.#entities) {
      // A person found, no later entity can outrank it.
      if (bestRank === 1) break;
      const rank = speakerRank(entity);
      if (rank >= bestRank) continue;
      for (const mention of entity.mentions) {
        if (
          mention.blockIndex === blockIndex &&
          mention.start >= start &&
          mention.start <= end &&
          mention.end <= end
        ) {
          best = entity;
          bestRank = rank;
          break;
        }
      }
    }
    return best;
  }

  /** The entity named exactly by a form: its name or one of its aliases. */
  entityNamed(form: string): Entity | undefined {
    if (this.#byForm === undefined && this.#readDirectly("named"))
      return this.#entities.find((entity) => entity.name === form || entity.aliases.includes(form));
    return this.#forms().get(form);
  }
}

function tidy(phrase: string): string {
  const text = phrase.replace(ARTICLE, "").trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fromEntity(entity: Entity): ResolvedSpeaker {
  const speakerType: SpeakerType =
    entity.type === "person" ? "person" : entity.type === "other" ? "unknown" : "organization";
  return { speaker: entity.name, speakerType, speakerEntityId: entity.id };
}

function fromName(name: string, index: SpeakerIndex): ResolvedSpeaker {
  const entity = index.entityNamed(name);
  return entity !== undefined && entity.type !== "other"
    ? fromEntity(entity)
    : { speaker: name, speakerType: "person" };
}

function withoutTitles(words: readonly string[]): string {
  let first = 0;
  while (first < words.length - 1 && PERSON_TITLES.has((words[first] as string).replace(/\.$/, "")))
    first++;
  return words.slice(first).join(" ");
}

/**
 * Turns a cue into a speaker: a pronoun becomes the person mentioned last before it; a phrase naming an
 * entity becomes that entity (by its canonical name); "An official Indian statement" becomes a statement;
 * "A U.S. Embassy spokesperson" speaks for an organisation; other noun phrases are kept as written.
 */
export function resolveSpeaker(cue: SpeakerCue, index: SpeakerIndex): ResolvedSpeaker | undefined {
  const phrase = cue.phrase.trim();
  const lower = phrase.toLowerCase();
  // "he said", and "the president said" after President Bush was named: the person mentioned last.
  // The DEFINITE_* patterns all open with "the ": one native check spares the three of them.
  const definite = lower.startsWith("the ");
  const byAge = definite && DEFINITE_AGE.test(phrase);
  if (PRONOUNS.has(lower) || byAge || (definite && DEFINITE_OFFICE.test(phrase))) {
    const office = PRONOUNS.has(lower) || byAge ? undefined : lower.slice("the ".length);
    const pronoun: Gender | undefined =
      lower === "he" ? "male" : lower === "she" ? "female" : undefined;
    const person = index.personBefore(cue.blockIndex, cue.start, office, pronoun);
    return person === undefined ? undefined : fromEntity(person);
  }
  if (lower === "it") {
    const organization = index.organizationBefore(cue.blockIndex, cue.start);
    return organization === undefined ? undefined : fromEntity(organization);
  }
  if (definite && DEFINITE_BUSINESS.test(phrase)) {
    const organization = index.organizationBefore(cue.blockIndex, cue.start);
    if (organization !== undefined) return fromEntity(organization);
  }
  if (NON_SPEAKERS.has(lower)) return undefined;

  const words = spacedWords(phrase);
  const head = (words[words.length - 1] ?? "").toLowerCase();
  if (!CAPITALISED.test(words[words.length - 1] ?? "")) {
    if (STATEMENT_NOUNS.has(head)) return { speaker: tidy(phrase), speakerType: "statement" };
    if (DOCUMENT_NOUNS.has(head)) return { speaker: tidy(phrase), speakerType: "document" };
    if (SPOKESPERSON_NOUNS.has(head)) return { speaker: tidy(phrase), speakerType: "organization" };
    // "A State Department official": an unnamed person described by role, not the organisation itself.
    if (PERSON_NOUNS.has(head) && words.length > 1 && words.length <= 6)
      return { speaker: tidy(phrase), speakerType: "person" };
  }

  const named =
    index.entityWithin(cue.blockIndex, cue.start, cue.end) ??
    index.entityNamed(withoutTitles(words));
  if (named !== undefined && named.type !== "other") return fromEntity(named);

  if (words.every((word) => CAPITALISED.test(word)) && words.length <= 4) {
    return { speaker: withoutTitles(words), speakerType: "person" };
  }
  // "economy minister Heizo Takenaka", "economist Gary Thayer of AG Edwards": the name after the role.
  const name = NAME_AFTER_ROLE.exec(phrase)?.[1];
  if (name !== undefined) return fromName(name, index);
  if (
    ARTICLE.test(phrase) ||
    /^(?:his|her|their|its|one|two|three|several|many|some)\s/i.test(phrase) ||
    words.length <= 3
  ) {
    if (ORGANIZATION_NOUNS.has(head)) return { speaker: tidy(phrase), speakerType: "organization" };
    if (PERSON_NOUNS.has(head)) return { speaker: tidy(phrase), speakerType: "person" };
  }
  return undefined;
}
