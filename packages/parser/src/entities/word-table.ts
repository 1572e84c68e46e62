import { hashRange } from "../word-table.js";
import type { DescribeWord, WordInfo } from "./word-info.js";

const CAPITALISED = /^\p{Lu}/u;
const INITIAL_CAPACITY = 1 << 14;
const MAX_ENTRIES = 1 << 18;
/** Each slot holds four numbers: the word's hash, where its characters start, its length, its entry number + 1. */
const SLOT_SIZE = 4;
const HASH = 0;
const CHARS_AT = 1;
const LENGTH = 2;
/** 0 marks an empty slot. */
const ENTRY_PLUS_ONE = 3;

/**
 * Looks up words by their place in a text without cutting them out of it: open addressing on a hash of
 * the characters. The slots and the words' characters sit in flat typed arrays, so a probe reads two
 * compact blocks of memory instead of following pointers to scattered strings. Only a word seen for the
 * first time is sliced and described.
 */
export class WordTable {
  readonly #describe: DescribeWord;
  #slots = new Int32Array(INITIAL_CAPACITY * SLOT_SIZE);
  #chars = new Uint16Array(INITIAL_CAPACITY * 8);
  #charCount = 0;
  #entries: WordInfo[] = [];
  /** The split of each hyphenated word asked about (null: kept whole), worked out once per word. */
  #compounds = new Map<WordInfo, readonly WordInfo[] | null>();

  constructor(describe: DescribeWord) {
    this.#describe = describe;
  }

  /**
   * What is known about `text.slice(start, end)`, whose `word` is that text, interned. `hash` is the
   * range's, when the caller has computed it while reading the word.
   */
  lookup(text: string, start: number, end: number, hash = hashRange(text, start, end)): WordInfo {
    const length = end - start;
    const slots = this.#slots;
    const mask = slots.length / SLOT_SIZE - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT_SIZE;
      const entryPlusOne = slots[at + ENTRY_PLUS_ONE] as number;
      if (entryPlusOne === 0) break;
      if (
        slots[at + HASH] === hash &&
        slots[at + LENGTH] === length &&
        this.#holds(slots[at + CHARS_AT] as number, text, start, length)
      )
        return this.#entries[entryPlusOne - 1] as WordInfo;
    }
    return this.#add(text, start, end, hash);
  }

  /**
   * The parts of a hyphenated word that is split into one token each ("Russia-Ukraine", "US-India"):
   * every part capitalised and one a place. Undefined for a word kept whole ("Indo-Pacific", "Coca-Cola").
   */
  compoundParts(info: WordInfo): readonly WordInfo[] | undefined {
    let parts = this.#compounds.get(info);
    if (parts === undefined) {
      parts = this.#splitCompound(info.word);
      this.#compounds.set(info, parts);
    }
    return parts ?? undefined;
  }

  #splitCompound(word: string): readonly WordInfo[] | null {
    const parts = word.split("-");
    if (!parts.every((part) => CAPITALISED.test(part))) return null;
    const infos = parts.map((part) => this.lookup(part, 0, part.length));
    return infos.some((info) => info.place !== undefined) ? infos : null;
  }

  /** Whether the stored characters at `charsAt` are `text`'s at `start` (lengths already equal). */
  #holds(charsAt: number, text: string, start: number, length: number): boolean {
    const chars = this.#chars;
    for (let index = 0; index < length; index++) {
      if (chars[charsAt + index] !== text.charCodeAt(start + index)) return false;
    }
    return true;
  }

  #add(text: string, start: number, end: number, hash: number): WordInfo {
    if (this.#entries.length >= MAX_ENTRIES) this.#reset(INITIAL_CAPACITY);
    else if ((this.#entries.length + 1) * 2 * SLOT_SIZE > this.#slots.length) this.#grow();
    const word = text.slice(start, end);
    const info = this.#describe(word);
    this.#entries.push(info);
    this.#place(hash, this.#storeChars(word), word.length, this.#entries.length);
    return info;
  }

  #storeChars(word: string): number {
    const charsAt = this.#charCount;
    if (charsAt + word.length > this.#chars.length) {
      const larger = new Uint16Array(Math.max(this.#chars.length * 2, charsAt + word.length));
      larger.set(this.#chars);
      this.#chars = larger;
    }
    for (let index = 0; index < word.length; index++)
      this.#chars[charsAt + index] = word.charCodeAt(index);
    this.#charCount += word.length;
    return charsAt;
  }

  #place(hash: number, charsAt: number, length: number, entryPlusOne: number): void {
    const slots = this.#slots;
    const mask = slots.length / SLOT_SIZE - 1;
    let slot = hash & mask;
    while (slots[slot * SLOT_SIZE + ENTRY_PLUS_ONE] !== 0) slot = (slot + 1) & mask;
    const at = slot * SLOT_SIZE;
    slots[at + HASH] = hash;
    slots[at + CHARS_AT] = charsAt;
    slots[at + LENGTH] = length;
    slots[at + ENTRY_PLUS_ONE] = entryPlusOne;
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += SLOT_SIZE) {
      const entryPlusOne = old[at + ENTRY_PLUS_ONE] as number;
      if (entryPlusOne !== 0)
        this.#place(
          old[at + HASH] as number,
          old[at + CHARS_AT] as number,
          old[at + LENGTH] as number,
          entryPlusOne,
        );
    }
  }

  #reset(capacity: number): void {
    this.#slots = new Int32Array(capacity * SLOT_SIZE);
    this.#chars = new Uint16Array(capacity * 8);
    this.#charCount = 0;
    this.#entries = [];
    this.#compounds = new Map();
  }
}
