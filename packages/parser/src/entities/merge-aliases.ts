import type { Entity, EntityType, TextSpan } from "@news/schema";
import { isWhiteSpace } from "../white-space.js";
import { WordTable } from "../word-table.js";
import type { Token } from "./candidates.js";
import type { TypedMention } from "./classify.js";
import { slugify } from "./slug.js";
import { sortSmall } from "./sort-small.js";

interface Group {
  type: EntityType;
  name: string;
  /** Number of words in the name, to prefer the fullest form of a person's name. */
  nameLength: number;
  /** The distinct forms it is mentioned by, in order; a handful, so an array beats a Set. */
  surfaces: string[];
  mentions: TextSpan[];
  /** Folded into another group (an acronym into its expansion). */
  merged: boolean;
  /** The next group of the same name, of another type (rare). */
  sameName: Group | undefined;
  /** The tokens that spell `name` when it is a mention's own text, not a gazetteer's name for a place. */
  nameTokens: readonly Token[] | undefined;
}

const CAPITAL_AT = /\p{Lu}/uy;
const HYPHEN = 0x2d;

/** Whether a character parts the words of a name for its initials: white space or a hyphen. */
function isWordSeparator(code: number): boolean {
  return code === HYPHEN || isWhiteSpace(code);
}

/** The first letters of the capitalised words but "The": "World Health Organization" → "WHO". */
function initials(surface: string): string {
  let letters = "";
  let index = 0;
  while (index < surface.length) {
    while (index < surface.length && isWordSeparator(surface.charCodeAt(index))) index++;
    const start = index;
    while (index < surface.length && !isWordSeparator(surface.charCodeAt(index))) index++;
    if (index === start) continue;
    CAPITAL_AT.lastIndex = start;
    const isThe = index - start === 3 && surface.startsWith("The", start);
    if (!isThe && CAPITAL_AT.test(surface)) letters += surface.charAt(start);
  }
  return letters;
}

function byPosition(a: TextSpan, b: TextSpan): number {
  return a.blockIndex - b.blockIndex || a.start - b.start;
}

/**
 * Groups typed mentions into entities, one per real-world thing:
 * places by their gazetteer name ("U.S." and "United States"), people by their fullest name with
 * surname-only mentions linked to it ("Modi" → "Narendra Modi"), organisations by name with acronyms
 * linked to their expansion. Unresolved runs count only where they match a name established elsewhere.
 */
export function mergeMentions(mentions: readonly TypedMention[]): Entity[] {
  const groups = new Groups();

  // Full names of people first, so that single words can be linked to them.
  const surnameOwner = new Map<string, Group | null>();
  for (const mention of mentions) {
    if (mention.kind !== "person" || mention.tokens.length < 2) continue;
    const group = groups.addNamed("person", mention.surface, mention.tokens.length, mention);
    const surname = (mention.tokens[mention.tokens.length - 1] as Token).text;
    const owner = surnameOwner.get(surname);
    surnameOwner.set(surname, owner === undefined || owner === group ? group : null);
  }

  for (const mention of mentions) {
    const { kind } = mention;
    if (kind === "unresolved") continue;
    if (kind === "person") {
      if (mention.tokens.length > 1) continue;
      const owner = surnameOwner.get(mention.surface);
      if (owner) groups.add(owner, mention);
      else groups.addNamed("person", mention.surface, 1, mention);
    } else if (kind === "place") {
      groups.addNamed("place", mention.canonical ?? mention.surface, 0, mention);
    } else {
      // "Petraeus said" looked like an organisation; after "David Petraeus" it is his surname.
      const owner = mention.tokens.length === 1 ? surnameOwner.get(mention.surface) : undefined;
      if (owner) groups.add(owner, mention);
      else groups.addNamed(kind, mention.surface, mention.tokens.length, mention);
    }
  }

  mergeAcronyms(groups);
  const shortNames = mergeShortNames(groups);

  const all = groups.all();
  if (mentions.some((mention) => mention.kind === "unresolved")) {
    const groupBySurface = establishedForms(all, shortNames, surnameOwner);
    for (const mention of mentions) {
      if (mention.kind === "unresolved") resolveRun(mention, groupBySurface, groups);
    }
  }

  return toEntities(all);
}

/** Every form the article establishes, for resolving the unresolved runs. */
function establishedForms(
  groups: readonly Group[],
  shortNames: ReadonlyMap<string, Group>,
  surnameOwner: ReadonlyMap<string, Group | null>,
): Map<string, Group> {
  // Filled backwards, so that the first group of a form is the one set last: one look-up per form.
  const groupBySurface = new Map<string, Group>();
  for (let index = groups.length - 1; index >= 0; index--) {
    const group = groups[index] as Group;
    for (const surface of group.surfaces) groupBySurface.set(surface, group);
  }
  shortNames.forEach((group, short) => {
    groupBySurface.set(short, group);
  });
  // forEach, unlike for…of over the entries, makes no [key, value] array per entry.
  surnameOwner.forEach((owner, surname) => {
    if (owner && !groupBySurface.has(surname)) groupBySurface.set(surname, owner);
  });
  return groupBySurface;
}

/** Entity groups by type and name, in order of creation. */
class Groups {
  /** The first group of each name; others of that name (rare, of other types) follow in `sameName`. */
  readonly #byName = new Map<string, Group>();
  readonly #ordered: Group[] = [];

  /** Adds the mention to the group of that type and name, made for it when there is none yet. */
  addNamed(type: EntityType, name: string, nameLength: number, mention: TypedMention): Group {
    const first = this.#byName.get(name);
    let last = first;
    for (let named = first; named !== undefined; named = named.sameName) {
      if (named.type === type) {
        this.add(named, mention);
        return named;
      }
      last = named;
    }
    const group: Group = {
      type,
      name,
      nameLength,
      surfaces: [mention.surface],
      mentions: [spanOf(mention)],
      merged: false,
      sameName: undefined,
      nameTokens: name === mention.surface ? mention.tokens : undefined,
    };
    if (last === undefined) this.#byName.set(name, group);
    else last.sameName = group;
    this.#ordered.push(group);
    return group;
  }

  /** The first group named `name`, merged or not; the others follow in `sameName`. */
  firstNamed(name: string): Group | undefined {
    return this.#byName.get(name);
  }

  add(group: Group, mention: TypedMention): void {
    this.addForm(group, mention.surface, spanOf(mention));
  }

  /** Records that the text at `span` names the group, by `surface`. */
  addForm(group: Group, surface: string, span: TextSpan): void {
    addSurface(group, surface);
    group.mentions.push(span);
  }

  all(): Group[] {
    return this.#ordered.filter((group) => !group.merged);
  }
}

const NO_SHORT_NAMES: ReadonlyMap<string, Group> = new Map();

function spanOf(mention: TypedMention): TextSpan {
  return { blockIndex: mention.blockIndex, start: mention.start, end: mention.end };
}

function addSurface(group: Group, surface: string): void {
  if (!group.surfaces.includes(surface)) group.surfaces.push(surface);
}

function isOneWordOrganization(group: Group): boolean {
  return group.type === "organization" && group.nameLength === 1;
}

/** Acronyms and their expansions ("World Health Organization" / "WHO") are one organisation. */
function mergeAcronyms(groups: Groups): void {
  const all = groups.all();
  if (!all.some(isOneWordOrganization)) return;
  const organizationByInitials = new Map<string, Group>();
  for (const group of all) {
    if (group.type === "organization" && group.nameLength > 1)
      organizationByInitials.set(initials(group.name), group);
  }
  for (const group of all) {
    if (!isOneWordOrganization(group)) continue;
    const { name } = group;
    // Without dots the name itself, whose hash the map of names has already computed.
    const target = organizationByInitials.get(name.includes(".") ? name.replaceAll(".", "") : name);
    if (target === undefined || target === group) continue;
    for (const surface of group.surfaces) addSurface(target, surface);
    for (const mention of group.mentions) target.mentions.push(mention);
    group.merged = true;
  }
}

/** The legal suffixes, looked up by the range of a name's last word without slicing it out. */
const LEGAL_SUFFIX_TABLE = new WordTable(
  "Inc Inc. Ltd Ltd. Llc LLC Plc PLC plc Corp Corp. Corporation Co Co. Company Group Holdings SA AG NV SE GmbH SpA".split(
    " ",
  ),
);

function hasLegalSuffix(group: Group): boolean {
  const { name } = group;
  return (
    group.type === "organization" &&
    LEGAL_SUFFIX_TABLE.indexOf(name, name.lastIndexOf(" ") + 1, name.length) !== -1
  );
}

/** The name less the legal suffixes that end it, keeping its first word: "Acme Holdings Ltd" → "Acme". */
function withoutLegalSuffixes(name: string): string {
  let end = name.length;
  for (let space = name.lastIndexOf(" "); space !== -1; space = name.lastIndexOf(" ", end - 1)) {
    if (LEGAL_SUFFIX_TABLE.indexOf(name, space + 1, end) === -1) break;
    end = space;
  }
  return end === name.length ? name : name.slice(0, end);
}

/**
 * "Microsoft Corp" and "Microsoft" are one organisation: a name without its legal suffix is an alias.
 * Returns the short names, so that later unresolved mentions of them find the organisation.
 */
function mergeShortNames(groups: Groups): ReadonlyMap<string, Group> {
  const all = groups.all();
  if (!all.some(hasLegalSuffix)) return NO_SHORT_NAMES;
  const shortNames = new Map<string, Group>();
  for (const group of all) {
    if (group.type !== "organization" || group.nameLength < 2 || group.merged) continue;
    const short = withoutLegalSuffixes(group.name);
    if (short === group.name || shortNames.has(short)) continue;
    shortNames.set(short, group);
    for (let other = groups.firstNamed(short); other !== undefined; other = other.sameName) {
      if (other === group || other.merged || other.type === "place") continue;
      for (const surface of other.surfaces) addSurface(group, surface);
      for (const mention of other.mentions) group.mentions.push(mention);
      other.merged = true;
    }
  }
  return shortNames;
}

/** Greedy longest match of known names over the words of an unresolved run ("PM Modi Holds Talks" → "Modi"). */
function resolveRun(
  mention: TypedMention,
  groupBySurface: ReadonlyMap<string, Group>,
  groups: Groups,
): void {
  const { tokens } = mention;
  let index = 0;
  while (index < tokens.length) {
    let matched = 0;
    for (let length = Math.min(4, tokens.length - index); length > 0 && matched === 0; length--) {
      const first = tokens[index] as Token;
      const last = tokens[index + length - 1] as Token;
      // A single word is its token's interned text; a whole run is the mention's own surface.
      const surface =
        length === 1
          ? first.text
          : length === tokens.length
            ? mention.surface
            : mention.surface.slice(first.start - mention.start, last.end - mention.start);
      const group = groupBySurface.get(surface);
      if (group !== undefined) {
        groups.addForm(group, surface, {
          blockIndex: mention.blockIndex,
          start: first.start,
          end: last.end,
        });
        matched = length;
      }
    }
    index += Math.max(matched, 1);
  }
}

function byFirstMention(a: Group, b: Group): number {
  return byPosition(a.mentions[0] as TextSpan, b.mentions[0] as TextSpan);
}

function toEntities(groups: readonly Group[]): Entity[] {
  const ordered: Group[] = [];
  for (const group of groups) {
    if (group.mentions.length === 0) continue;
    sortSmall(group.mentions, byPosition);
    ordered.push(group);
  }
  sortSmall(ordered, byFirstMention);
  const usedSlugs = new Map<string, number>();
  const entities: Entity[] = [];
  for (const group of ordered) {
    const name = canonicalName(group);
    const slug =
      (name === group.name ? slugOfWords(group.nameTokens, name) : undefined) ?? slugify(name);
    const id = uniqueId(group.type, slug, usedSlugs);
    const aliases: string[] = [];
    for (const surface of group.surfaces) if (surface !== name) aliases.push(surface);
    entities.push({ id, type: group.type, name, aliases, mentions: dedupe(group.mentions) });
  }
  return entities;
}

const SPACE = 0x20;

/**
 * The slug of a name made of its tokens' plain words parted by single spaces, from the slugs each word
 * keeps (see WordInfo); undefined for any other name, which `slugify` reads character by character.
 */
function slugOfWords(tokens: readonly Token[] | undefined, name: string): string | undefined {
  const first = tokens?.[0];
  if (tokens === undefined || first === undefined) return undefined;
  let slug = first.info.slug;
  let previous = first;
  for (let index = 1; index < tokens.length && slug !== undefined; index++) {
    const token = tokens[index] as Token;
    const part = token.info.slug;
    const gapAt = previous.end - first.start;
    if (part === undefined || token.start !== previous.end + 1 || name.charCodeAt(gapAt) !== SPACE)
      return undefined;
    slug += `-${part}`;
    previous = token;
  }
  return previous.end - first.start === name.length ? slug : undefined;
}

/** One bit per entity type, so that one map from slugs tells which types use each. */
const TYPE_BITS: Readonly<Record<EntityType, number>> = {
  person: 1,
  organization: 2,
  place: 4,
  event: 8,
  product: 16,
  other: 32,
};

/**
 * `type:slug`, or `type:slug-2`, `type:slug-3`, … when the type already uses the slug. The map is keyed
 * by the slug, which is cheaper to hash than the joined id.
 */
function uniqueId(type: EntityType, slug: string, usedSlugs: Map<string, number>): string {
  const bit = TYPE_BITS[type];
  let key = slug;
  let used = usedSlugs.get(key) ?? 0;
  for (let suffix = 2; (used & bit) !== 0; suffix++) {
    key = `${slug}-${suffix}`;
    used = usedSlugs.get(key) ?? 0;
  }
  usedSlugs.set(key, used | bit);
  return `${type}:${key}`;
}

function wordCount(surface: string): number {
  let count = 1;
  for (let index = surface.indexOf(" "); index !== -1; index = surface.indexOf(" ", index + 1))
    count++;
  return count;
}

function canonicalName(group: Group): string {
  if ((group.type !== "person" && group.type !== "organization") || group.surfaces.length < 2)
    return group.name;
  let best = group.name;
  let bestWords = wordCount(best);
  for (const surface of group.surfaces) {
    const words = wordCount(surface);
    if (words > bestWords) {
      best = surface;
      bestWords = words;
    }
  }
  return best;
}

function isSameSpan(a: TextSpan, b: TextSpan): boolean {
  return a.blockIndex === b.blockIndex && a.start === b.start && a.end === b.end;
}

/** The sorted mentions without repeats; the array itself when it has none. */
function dedupe(mentions: TextSpan[]): TextSpan[] {
  let previous = mentions[0];
  for (let index = 1; index < mentions.length; index++) {
    const mention = mentions[index] as TextSpan;
    if (previous !== undefined && isSameSpan(previous, mention)) return withoutRepeats(mentions);
    previous = mention;
  }
  return mentions;
}

function withoutRepeats(mentions: readonly TextSpan[]): TextSpan[] {
  const unique: TextSpan[] = [];
  for (const mention of mentions) {
    const previous = unique[unique.length - 1];
    if (previous === undefined || !isSameSpan(previous, mention)) unique.push(mention);
  }
  return unique;
}
