import type { DescribeWord, WordInfo } from "./word-info.js";

/** A word seen in text, interned, with what is known about it. */
export interface WordEntry {
  readonly word: string;
  readonly info: WordInfo;
}

const INITIAL_CAPACITY = 1 << 14;
const MAX_ENTRIES = 1 << 18;

function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++)
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/** Whether `text` holds `word` at `start` (lengths already equal); words are short, a loop beats a call. */
function sameCharacters(text: string, start: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    if (text.charCodeAt(start + index) !== word.charCodeAt(index)) return false;
  }
  return true;
}

function hashWord(word: string): number {
  return hashRange(word, 0, word.length);
}

/**
 * Looks up words by their place in a text without cutting them out of it: open addressing on a hash of
 * the characters, compared in place. Only a word seen for the first time is sliced and described.
 */
export class WordTable {
  readonly #describe: DescribeWord;
  #entries: (WordEntry | undefined)[] = new Array(INITIAL_CAPACITY);
  #hashes = new Uint32Array(INITIAL_CAPACITY);
  #size = 0;

  constructor(describe: DescribeWord) {
    this.#describe = describe;
  }

  /** The entry for `text.slice(start, end)`. */
  lookup(text: string, start: number, end: number): WordEntry {
    const hash = hashRange(text, start, end);
    const length = end - start;
    const mask = this.#entries.length - 1;
    let slot = hash & mask;
    for (let entry = this.#entries[slot]; entry !== undefined; entry = this.#entries[slot]) {
      if (
        this.#hashes[slot] === hash &&
        entry.word.length === length &&
        sameCharacters(text, start, entry.word)
      )
        return entry;
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end);
    const entry: WordEntry = { word, info: this.#describe(word) };
    this.#insert(entry, hash);
    return entry;
  }

  #insert(entry: WordEntry, hash: number): void {
    if (this.#size >= MAX_ENTRIES) this.#reset(INITIAL_CAPACITY);
    else if ((this.#size + 1) * 2 > this.#entries.length) this.#grow();
    const mask = this.#entries.length - 1;
    let slot = hash & mask;
    while (this.#entries[slot] !== undefined) slot = (slot + 1) & mask;
    this.#entries[slot] = entry;
    this.#hashes[slot] = hash;
    this.#size++;
  }

  #grow(): void {
    const old = this.#entries;
    this.#reset(old.length * 2);
    for (const entry of old) if (entry !== undefined) this.#insert(entry, hashWord(entry.word));
  }

  #reset(capacity: number): void {
    this.#entries = new Array(capacity);
    this.#hashes = new Uint32Array(capacity);
    this.#size = 0;
  }
}
