export const WORDS_PER_MINUTE = 230;

/** Reading time from the story's word count (see `readStoryWords`), rounded up to whole minutes. */
export function readingStats(wordCount: number): {
  wordCount: number;
  readingTimeMinutes: number;
} {
  return {
    wordCount,
    readingTimeMinutes: wordCount === 0 ? 0 : Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE)),
  };
}
