import { SPEECH_VERBS } from "../quotes/speech-verbs.js";
import type { Candidate, Token } from "./candidates.js";
import type { PlaceEntry } from "./gazetteer.js";
import { ORGANIZATION_NAMES, ORGANIZATION_ONLY_GAPS } from "./lexicon.js";

export type MentionKind = "person" | "organization" | "place" | "other" | "unresolved";

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

/** Looks up a multi-word place name ("New Delhi", "United States"). */
export type FindPlace = (surface: string) => PlaceEntry | undefined;

const VERBS_BEFORE_SPEAKER = new Set(["said", "says", "added", "adds", "told", "asked", "wrote"]);
const MAX_NAME_WORDS = 4;

function span(
  kind: MentionKind,
  text: string,
  tokens: readonly Token[],
  blockIndex: number,
  canonical?: string,
): TypedMention {
  const start = (tokens[0] as Token).start;
  const end = (tokens[tokens.length - 1] as Token).end;
  return { kind, blockIndex, start, end, surface: text.slice(start, end), tokens, canonical };
}

/** Splits a run at " and " / " & " unless the run names an organisation ("Procter & Gamble"). */
function splitAtConjunctions(candidate: Candidate): Candidate[] {
  const { gaps } = candidate;
  if (gaps.length === 0 || !gaps.some((gap) => ORGANIZATION_ONLY_GAPS.has(gap))) return [candidate];
  if (candidate.tokens.some((token) => token.info.organizationKeyword)) return [candidate];
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

/** The person's name after a title: the trailing run of name-like words ("Narendra Modi" in "Prime Minister Narendra Modi"). */
function nameAfterTitle(
  tokens: readonly Token[],
  gaps: readonly string[],
  titleIndex: number,
): readonly Token[] {
  const anyWord = (tokens[titleIndex] as Token).info.honorific;
  let start = tokens.length;
  for (let index = tokens.length - 1; index > titleIndex; index--) {
    const { info } = tokens[index] as Token;
    if (gaps[index] === " of " || info.title || info.organizationKeyword) break;
    if (!anyWord && info.common && !info.personalName) break;
    start = index;
    if (gaps[index - 1] === " of ") break;
  }
  const name = tokens.slice(start);
  if (!anyWord && name.length > 1 && !(name[0] as Token).info.personalName) {
    const firstName = name.findIndex((token) => token.info.personalName);
    if (firstName > 0 && firstName < name.length - 1) return name.slice(firstName);
  }
  return name.slice(-MAX_NAME_WORDS);
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

/** The lower-case word starting at `offset`, or "" when the text there is not one. */
function lowerWordAt(text: string, offset: number): string {
  let end = offset;
  while (end < text.length && isLowerLetter(text.charCodeAt(end))) end++;
  return end > offset ? text.slice(offset, end) : "";
}

/** "Chouhan said", "said Chouhan": a reporting verb next to the run marks a speaker. */
function hasSpeechVerbNearby(
  text: string,
  start: number,
  end: number,
  sentenceStart: boolean,
): boolean {
  let after = end;
  if (text.charAt(after) === ",") after++;
  if (text.charAt(after) === " " && SPEECH_VERBS.has(lowerWordAt(text, after + 1))) return true;
  if (sentenceStart || text.charAt(start - 1) !== " ") return false;
  let before = start - 1;
  while (before > 0 && isLowerLetter(text.charCodeAt(before - 1))) before--;
  const word = text.slice(before, start - 1);
  return (
    VERBS_BEFORE_SPEAKER.has(word) ||
    (word === "to" && text.slice(Math.max(0, before - 10), before) === "according ")
  );
}

/** Classifies the candidate runs of one block. */
export class BlockClassifier {
  constructor(
    private readonly text: string,
    private readonly findPlace: FindPlace,
  ) {}

  classify(candidate: Candidate): TypedMention[] {
    const { text } = this;
    const { blockIndex } = candidate;
    let { tokens, gaps, sentenceStart } = candidate;

    // Grammar words never start a name; at a sentence start neither do familiar words ("Formal talks"),
    // nor a plain word joined by "of" ("Shares of Goldman Sachs").
    while (tokens.length > 0) {
      const { info } = tokens[0] as Token;
      if (info.title) break;
      const known = info.place !== undefined || info.organizationName;
      const droppable = info.stopword || (sentenceStart && !known && info.common);
      const ofPhrase = sentenceStart && gaps[0] === " of " && !known && !info.organizationKeyword;
      if (!droppable && !ofPhrase) break;
      tokens = tokens.slice(1);
      gaps = gaps.slice(1);
      sentenceStart = false;
    }
    const first = tokens[0];
    if (first === undefined) return [];
    const last = tokens[tokens.length - 1] as Token;

    const titleIndex = lastTitleIndex(tokens);
    if (
      titleIndex >= 0 &&
      !tokens.some((token, index) => index > titleIndex && token.info.organizationKeyword)
    ) {
      const mentions = this.qualifiersBeforeTitle(tokens.slice(0, titleIndex), gaps, blockIndex);
      const name = nameAfterTitle(tokens, gaps, titleIndex);
      if (name.length > 0) mentions.push(span("person", text, name, blockIndex));
      return mentions;
    }

    if (tokens.length === 1) return this.classifyWord(tokens, blockIndex, sentenceStart);

    const surface = text.slice(first.start, last.end);
    if (ORGANIZATION_NAMES.has(surface) || tokens.some((token) => token.info.organizationKeyword)) {
      return [span("organization", text, tokens, blockIndex)];
    }
    const place = this.findPlace(surface);
    if (place) return [span("place", text, tokens, blockIndex, place.name)];

    // A leading demonym is an adjective: look at the rest ("Russian Vladimir Putin").
    if (first.info.demonym) {
      return this.classify({
        blockIndex,
        tokens: tokens.slice(1),
        gaps: gaps.slice(1),
        sentenceStart: false,
      });
    }

    const namelike =
      tokens.length <= MAX_NAME_WORDS &&
      !gaps.includes(" of ") &&
      !tokens.some((token) => token.info.calendar);
    if (namelike && first.info.personalName && !last.info.common) {
      return [span("person", text, tokens, blockIndex)];
    }
    if (namelike && tokens.length <= 3 && tokens.every((token) => !token.info.common)) {
      if (hasSpeechVerbNearby(text, first.start, last.end, sentenceStart))
        return [span("person", text, tokens, blockIndex)];
    }
    if (!sentenceStart && !tokens.some((token) => token.info.title || token.info.calendar)) {
      return [span("other", text, tokens, blockIndex)];
    }
    return [span("unresolved", text, tokens, blockIndex)];
  }

  /**
   * Classifies a run of capitalised words into typed mentions (titles stripped, possessives already cut).
   * In headline-style lines capitals are no evidence: only gazetteer places are kept, the rest is left
   * unresolved, to be matched later against names established elsewhere.
   */
  candidate(candidate: Candidate, headline: boolean): TypedMention[] {
    const { tokens } = candidate;
    if (headline) {
      const surface = this.text.slice(
        (tokens[0] as Token).start,
        (tokens[tokens.length - 1] as Token).end,
      );
      const place = this.findPlace(surface);
      return [
        span(place ? "place" : "unresolved", this.text, tokens, candidate.blockIndex, place?.name),
      ];
    }
    const parts = splitAtConjunctions(candidate);
    if (parts.length === 1) return this.classify(candidate);
    return parts.flatMap((part) => this.classify(part));
  }

  private classifyWord(
    run: readonly Token[],
    blockIndex: number,
    sentenceStart: boolean,
  ): TypedMention[] {
    const token = run[0] as Token;
    const { info } = token;
    const { text } = this;
    if (info.place) return [span("place", text, run, blockIndex, info.place.name)];
    if (info.organizationName) return [span("organization", text, run, blockIndex)];
    if (
      info.calendar ||
      info.demonym ||
      info.title ||
      info.organizationKeyword ||
      token.text.length < 2
    )
      return [];
    if (info.acronym && !info.nonEntityAcronym)
      return [span("organization", text, run, blockIndex)];
    if (!info.common && hasSpeechVerbNearby(text, token.start, token.end, sentenceStart)) {
      return [span("person", text, run, blockIndex)];
    }
    return [span("unresolved", text, run, blockIndex)];
  }

  /**
   * The words before a title ("Federal Reserve" in "Federal Reserve Chair Jerome Powell", "U.S." in
   * "U.S. Trade Representative"): places and organisations only; roles and demonyms are dropped.
   */
  private qualifiersBeforeTitle(
    tokens: readonly Token[],
    gaps: readonly string[],
    blockIndex: number,
  ): TypedMention[] {
    const qualifiers: TypedMention[] = [];
    let runStart = 0;
    const flush = (runEnd: number): void => {
      if (runEnd > runStart) {
        const run: Candidate = {
          blockIndex,
          tokens: tokens.slice(runStart, runEnd),
          gaps: gaps.slice(runStart, runEnd - 1),
          sentenceStart: false,
        };
        for (const mention of this.classify(run)) {
          if (mention.kind === "place" || mention.kind === "organization") qualifiers.push(mention);
        }
      }
    };
    tokens.forEach((token, index) => {
      if (token.info.place || token.info.title || token.info.demonym) {
        flush(index);
        if (token.info.place)
          qualifiers.push(span("place", this.text, [token], blockIndex, token.info.place.name));
        runStart = index + 1;
      }
    });
    flush(tokens.length);
    return qualifiers;
  }
}

/**
 * Classifies a run of capitalised words into typed mentions (titles stripped, possessives already cut).
 * In headline-style lines capitals are no evidence: only gazetteer places are kept, the rest is left
 * unresolved, to be matched later against names established elsewhere.
 */
export function classifyCandidate(
  candidate: Candidate,
  text: string,
  findPlace: FindPlace,
  headline = false,
): TypedMention[] {
  return new BlockClassifier(text, findPlace).candidate(candidate, headline);
}
