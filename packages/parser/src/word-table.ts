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
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
    for (const word of words) this.add(word, 0, word.length);
  }

  get size(): number {
    return this.words.length;
  }

  /** The hash of `words[index]`, as `hashRange` gives it (of the empty range past the end). */
  hashOf(index: number): number {
    return this.hashes[index] ?? HASH_START;
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

/** The slot a hash probes first: its high bits folded in, as the low bits alone of FNV-1a cluster. */
function firstSlot(hash: number, mask: number): number {
  return (hash ^ (hash >>> 16)) & mask;
}

/** The hash of the empty range; `hashStep` adds one code unit, so scans can hash as they go. */
export const HASH_START = 0x811c9dc5 | 0;

const FNV_PRIME = 0x01000193;
/** The inverse of FNV_PRIME modulo 2^32: multiplying by it undoes a multiplication by the prime. */
const FNV_PRIME_INVERSE = 0x359c449b;

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** The hash before `hashStep(·, code)`: that of a range one code unit shorter, without reading it. */
export function hashUnstep(hash: number, code: number): number {
  return Math.imul(hash, FNV_PRIME_INVERSE) ^ code;
}

/** FNV-1a over the UTF-16 code units of a range. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = HASH_START;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

function sameRange(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  }
  return true;
}

/**
 * A hash set of words held as ranges of the texts they were first seen in: a scan adds a word
 * without allocating its string, and only the few words that are read as strings are sliced.
 * Words keep the order in which they were added: index 0, 1, …
 */
export class RangeTable {
  /** Word `index` is `texts[index].slice(starts[index], ends[index])`. */
  private readonly texts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly hashes: number[] = [];
  /** Open addressing, two numbers a slot: the word's index + 1 (0 for an empty slot) and its hash. */
  private slots: Int32Array;
  private mask: number;

  constructor(expected = 64) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  get size(): number {
    return this.hashes.length;
  }

  /** Word `index` as a string. */
  word(index: number): string {
    return (this.texts[index] ?? "").slice(this.starts[index], this.ends[index]);
  }

  /** The hash of word `index`, as `hashRange` gives it. */
  hashOf(index: number): number {
    return this.hashes[index] ?? HASH_START;
  }

  /** The index in `table` of word `index`, or -1 when `table` does not hold it. */
  indexIn(table: WordTable, index: number): number {
    const text = this.texts[index] ?? "";
    return table.indexOf(text, this.starts[index] ?? 0, this.ends[index] ?? 0, this.hashOf(index));
  }

  /** The index of word `index` less its last code unit, `code`, or -1 when the table does not hold it. */
  indexWithout(index: number, code: number): number {
    const text = this.texts[index] ?? "";
    const end = (this.ends[index] ?? 0) - 1;
    return this.indexOf(text, this.starts[index] ?? 0, end, hashUnstep(this.hashOf(index), code));
  }

  /** The index of `text.slice(start, end)`, or -1 when the table does not hold it. */
  indexOf(text: string, start: number, end: number, hash: number): number {
    const { slots, mask } = this;
    for (let slot = firstSlot(hash, mask); ; slot = (slot + 1) & mask) {
      const index = (slots[2 * slot] ?? 0) - 1;
      if (index === -1) return -1;
      if (slots[2 * slot + 1] === hash && this.holds(index, text, start, end)) return index;
    }
  }

  /** The index of `text.slice(start, end)`, added first when the table does not hold it. */
  add(text: string, start: number, end: number, hash: number): number {
    const { slots, mask } = this;
    for (let slot = firstSlot(hash, mask); ; slot = (slot + 1) & mask) {
      const index = (slots[2 * slot] ?? 0) - 1;
      if (index === -1) {
        const added = this.hashes.length;
        this.texts.push(text);
        this.starts.push(start);
        this.ends.push(end);
        this.hashes.push(hash);
        slots[2 * slot] = added + 1;
        slots[2 * slot + 1] = hash;
        if (added * 2 >= mask) this.grow();
        return added;
      }
      if (slots[2 * slot + 1] === hash && this.holds(index, text, start, end)) return index;
    }
  }

  /** Whether word `index` is `text.slice(start, end)`. */
  private holds(index: number, text: string, start: number, end: number): boolean {
    const own = this.starts[index] ?? 0;
    if ((this.ends[index] ?? 0) - own !== end - start) return false;
    const ownText = this.texts[index] ?? "";
    for (let i = 0; i < end - start; i++) {
      if (ownText.charCodeAt(own + i) !== text.charCodeAt(start + i)) return false;
    }
    return true;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(size * 2);
    const mask = size - 1;
    this.hashes.forEach((hash, index) => {
      let slot = firstSlot(hash, mask);
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = index + 1;
      slots[2 * slot + 1] = hash;
    });
    this.slots = slots;
    this.mask = mask;
  }
}
