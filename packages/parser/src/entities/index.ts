import type { Block, Entity } from "@news/schema";
import { findCandidates } from "./candidates.js";
import { BlockClassifier, type FindPlace, type TypedMention } from "./classify.js";
import { gazetteer } from "./gazetteer.js";
import { mergeMentions } from "./merge-aliases.js";
import { isTitleCase } from "./title-case.js";
import { createDescribeWord } from "./word-info.js";
import { WordTable } from "./word-table.js";

let lookups: { words: WordTable; findPlace: FindPlace } | undefined;

function getLookups(): { words: WordTable; findPlace: FindPlace } {
  if (lookups === undefined) {
    const data = gazetteer();
    lookups = {
      words: new WordTable(createDescribeWord(data)),
      findPlace: (surface) => data.places.get(surface),
    };
  }
  return lookups;
}

const ENGLISH = /^(?:en|und)(?:-|$)/i;
const HEADLINE_BLOCKS = new Set<Block["type"]>(["heading", "related", "credit"]);

/**
 * People, organisations and places named in the blocks, one entity per thing with its aliases merged,
 * in order of first mention. Every mention's offsets slice the block text to the entity name or an alias.
 */
export function extractEntities(
  blocks: readonly Block[],
  context: { title: string; language: string },
): Entity[] {
  const { words, findPlace } = getLookups();
  const mentions: TypedMention[] = [];
  let blockIndex = -1;
  let headline = false;
  let classifier = new BlockClassifier("", findPlace);
  for (const candidate of findCandidates(blocks, words)) {
    if (candidate.blockIndex !== blockIndex) {
      blockIndex = candidate.blockIndex;
      const block = blocks[blockIndex] as Block;
      headline = HEADLINE_BLOCKS.has(block.type) || isTitleCase(block.text);
      classifier = new BlockClassifier(block.text, findPlace);
    }
    classifier.candidate(candidate, headline, mentions);
  }
  const entities = mergeMentions(mentions);
  // Other languages capitalise differently (German capitalises every noun): keep only the entities
  // that gazetteers, titles and organisation words vouch for, not bare runs of capitals.
  return ENGLISH.test(context.language)
    ? entities
    : entities.filter((entity) => entity.type !== "other");
}
