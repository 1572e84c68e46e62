export const WORDS_PER_MINUTE = 230;

/** Reading time of a story of `wordCount` words (see `readStoryWords`), rounded up to whole minutes. */
export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}
