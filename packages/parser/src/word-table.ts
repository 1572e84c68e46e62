/**
 * A hash set of words that is looked up by a range of a larger string, so that scanning a text
 * word by word allocates nothing for the words it only looks up. Words keep the order in which
 * they were added: `words[index]`.
 */
export class WordTable {
  readonly words: string[] = [];
  /** `hashes[index]` is the hash of `words[index]`. */
  private readonly hashes: number[] = [];
  /**
   * Open addressing, two numbers a slot: the word's index (-1 for an empty slot) and its hash, side
   * by side so that a probe compares hashes before it reads any string.
   */
  private slots: Int32Array;
  private mask: number;

  constructor(words: Iterable<string> = [], expected = 64) {
    const size = slotCount(expected);
    this.slots = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
    for (const word of words) this.add(word, 0, word.length);
  }

  get size(): number {
    return this.words.length;
  }

  /** The index of `text.slice(start, end)`, or -1 when the table does not hold it. */
  indexOf(text: string, start: number, end: number, hash = hashRange(text, start, end)): number {
    const { slots, mask } = this;
    for (let slot = firstSlot(hash, mask); ; slot = (slot + 1) & mask) {
      const index = slots[2 * slot] ?? -1;
      if (index === -1) return -1;
      if (slots[2 * slot + 1] === hash && sameRange(this.words[index] ?? "", text, start, end))
        return index;
    }
  }

  /** The index of `text.slice(start, end)`, added first when the table does not hold it. */
  add(text: string, start: number, end: number, hash = hashRange(text, start, end)): number {
    const { slots, mask } = this;
    for (let slot = firstSlot(hash, mask); ; slot = (slot + 1) & mask) {
      const index = slots[2 * slot] ?? -1;
      if (index === -1) {
        const added = this.words.length;
        this.words.push(text.slice(start, end));
        this.hashes.push(hash);
        slots[2 * slot] = added;
        slots[2 * slot + 1] = hash;
        if (added * 2 >= mask) this.grow();
        return added;
      }
      if (slots[2 * slot + 1] === hash && sameRange(this.words[index] ?? "", text, start, end))
        return index;
    }
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(size * 2).fill(-1);
    const mask = size - 1;
    this.hashes.forEach((hash, index) => {
      let slot = firstSlot(hash, mask);
      while (slots[2 * slot] !== -1) slot = (slot + 1) & mask;
      slots[2 * slot] = index;
      slots[2 * slot + 1] = hash;
    });
    this.slots = slots;
    this.mask = mask;
  }
}

/** Slots for `expected` words: a power of two at least twice as many, so probes stay short. */
function slotCount(expected: number): number {
  let size = 16;
  while (size < expected * 2) size *= 2;
  return size;
}

/** The slot a hash probes first: its high bits folded in, as the low bits alone of FNV-1a cluster. */
function firstSlot(hash: number, mask: number): number {
  return (hash ^ (hash >>> 16)) & mask;
}

/** The hash of the empty range; `hashStep` adds one code unit, so scans can hash as they go. */
export const HASH_START = 0x811c9dc5 | 0;

const FNV_PRIME = 0x01000193;

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** FNV-1a over the UTF-16 code units of a range. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = HASH_START;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

function sameRange(word: string, text: string, start: number, end: number): boolean {
  return word.length === end - start && sameCodes(word, 0, text, start, word.length);
}

/** Whether `length` code units of `a` from `aStart` equal those of `b` from `bStart`. */
function sameCodes(a: string, aStart: number, b: string, bStart: number, length: number): boolean {
  for (let i = 0; i < length; i++) {
    if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + i)) return false;
  }
  return true;
}

/**
 * A hash table that counts words held as ranges of the texts they were first seen in: a scan counts
 * a word without allocating its string, and only the few words that are read as strings are
 * sliced. Words keep the order in which they were added: index 0, 1, …
 */
export class RangeTable {
  /** The texts words were first seen in, each once. */
  private readonly texts: string[] = [];
  /** The text last added to `texts`: words of one text are added one after another. */
  private lastText = "";
  /**
   * One typed array, allocated once per size, that adding a word only writes into: first the
   * slots, open addressing with two numbers a slot (the word's index + 1, 0 for an empty slot, and
   * its hash), then SPAN numbers a word (the index in `texts` of its text, its start, its end and
   * its count).
   */
  private data: Int32Array;
  private mask: number;
  private total = 0;

  constructor(expected = 64) {
    const size = slotCount(expected);
    this.data = takeData(dataLength(size), 2 * size);
    this.mask = size - 1;
  }

  /**
   * Hands the table's memory on to the next table made, which clears what it reads: call it when
   * the table is no longer read, and do not use the table afterwards.
   */
  release(): void {
    if (this.data.length <= MAX_SPARE_LENGTH) spareData = this.data;
    this.data = NO_DATA;
    this.total = 0;
  }

  get size(): number {
    return this.total;
  }

  /** How often word `index` was counted, with the weights it was counted with. */
  countOf(index: number): number {
    return this.data[this.spanAt(index) + 3] ?? 0;
  }

  /** Word `index` as a string. */
  word(index: number): string {
    return this.textOf(index).slice(this.startOf(index), this.endOf(index));
  }

  /** The index in `table` of word `index`, or -1 when `table` does not hold it. */
  indexIn(table: WordTable, index: number): number {
    return table.indexOf(this.textOf(index), this.startOf(index), this.endOf(index));
  }

  /** The index of word `index` less its last code unit, or -1 when the table does not hold it. */
  indexWithoutLast(index: number): number {
    const text = this.textOf(index);
    const start = this.startOf(index);
    const end = this.endOf(index) - 1;
    return this.indexOf(text, start, end, hashRange(text, start, end));
  }

  /** The index of `text.slice(start, end)`, whose `hashRange` is `hash`, or -1 when not held. */
  indexOf(text: string, start: number, end: number, hash: number): number {
    const { data, mask } = this;
    for (let slot = firstSlot(hash, mask); ; slot = (slot + 1) & mask) {
      const index = (data[2 * slot] ?? 0) - 1;
      if (index === -1) return -1;
      if (data[2 * slot + 1] === hash && this.holds(index, text, start, end)) return index;
    }
  }

  /**
   * Adds `weight` to the count of `text.slice(start, end)`, whose `hashRange` is `hash`, and
   * returns its index; a new word is added first.
   */
  count(text: string, start: number, end: number, hash: number, weight: number): number {
    const { data, mask } = this;
    for (let slot = firstSlot(hash, mask); ; slot = (slot + 1) & mask) {
      const index = (data[2 * slot] ?? 0) - 1;
      if (index === -1) {
        const added = this.total++;
        if (text !== this.lastText) {
          this.texts.push(text);
          this.lastText = text;
        }
        const span = this.spanAt(added);
        data[span] = this.texts.length - 1;
        data[span + 1] = start;
        data[span + 2] = end;
        data[span + 3] = weight;
        data[2 * slot] = added + 1;
        data[2 * slot + 1] = hash;
        if (added * 2 >= mask) this.grow();
        return added;
      }
      if (data[2 * slot + 1] === hash && this.holds(index, text, start, end)) {
        const counted = this.spanAt(index) + 3;
        data[counted] = (data[counted] ?? 0) + weight;
        return index;
      }
    }
  }

  /** Where word `index`'s numbers start in `data`. */
  private spanAt(index: number): number {
    return 2 * (this.mask + 1) + SPAN * index;
  }

  private textOf(index: number): string {
    return this.texts[this.data[this.spanAt(index)] ?? 0] ?? "";
  }

  private startOf(index: number): number {
    return this.data[this.spanAt(index) + 1] ?? 0;
  }

  private endOf(index: number): number {
    return this.data[this.spanAt(index) + 2] ?? 0;
  }

  /** Whether word `index` is `text.slice(start, end)`. */
  private holds(index: number, text: string, start: number, end: number): boolean {
    const span = this.spanAt(index);
    const { data } = this;
    const own = data[span + 1] ?? 0;
    if ((data[span + 2] ?? 0) - own !== end - start) return false;
    return sameCodes(this.texts[data[span] ?? 0] ?? "", own, text, start, end - start);
  }

  private grow(): void {
    const { data: old, mask: oldMask } = this;
    const size = (oldMask + 1) * 2;
    const data = new Int32Array(dataLength(size));
    const mask = size - 1;
    for (let at = 0; at < 2 * (oldMask + 1); at += 2) {
      const entry = old[at] ?? 0;
      if (entry === 0) continue;
      const hash = old[at + 1] ?? 0;
      let slot = firstSlot(hash, mask);
      while (data[2 * slot] !== 0) slot = (slot + 1) & mask;
      data[2 * slot] = entry;
      data[2 * slot + 1] = hash;
    }
    data.set(old.subarray(2 * (oldMask + 1), 2 * (oldMask + 1) + SPAN * this.total), 2 * size);
    this.data = data;
    this.mask = mask;
  }
}

/** The numbers `RangeTable` keeps for each word. */
const SPAN = 4;

/**
 * The data of the last table released. A typed array of this size is allocated outside V8's heap,
 * at about a microsecond each: one per article was 1-2 % of a parse. A table that takes it clears
 * its slots first and reads a word's numbers only after writing them, so nothing read from it
 * comes from an earlier parse.
 */
let spareData: Int32Array | undefined;
const NO_DATA = new Int32Array(0);
/** A spare larger than this (a table grown for a very long text) is not kept: 128 KB. */
const MAX_SPARE_LENGTH = 32 * 1024;

/** An array of at least `length` numbers whose first `cleared` are 0: the spare when it is large enough. */
function takeData(length: number, cleared: number): Int32Array {
  const spare = spareData;
  if (spare === undefined || spare.length < length) return new Int32Array(length);
  spareData = undefined;
  return spare.fill(0, 0, cleared);
}

/** The length of a `RangeTable`'s data for `size` slots: it grows before half of them are taken. */
function dataLength(size: number): number {
  return 2 * size + SPAN * (size / 2 + 1);
}
