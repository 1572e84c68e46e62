import { eld } from "eld/small";
import { isPlainlyEnglish } from "./english-cue.js";

/**
 * Detection runs on a bounded sample, for speed (it costs more than reading the whole
 * article otherwise): plainly English text is told by its function words in the longer
 * sample; anything else goes to the detector, on the opening sentence or so, and on the
 * longer sample only when that one settles nothing.
 */
const SHORT_SAMPLE = 100;
const LONG_SAMPLE = 600;
const BCP47 = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

export type LanguageResult = { language: string; detected: boolean };

/** What the sample reads of a block. */
type TextBlock = { readonly text: string };

/** `sample` with `part` and a line break after it, or as much of `part` as fills it past `length`. */
function withPart(sample: string, part: string, length: number): string {
  const room = length + 1 - sample.length;
  return sample + (part.length >= room ? part.slice(0, room) : `${part}\n`);
}

/**
 * The title and the blocks' texts joined by line breaks, cut near `length` at a space; only
 * length + 1 characters are read.
 */
function sampleOf(title: string, blocks: readonly TextBlock[], length: number): string {
  let sample = withPart("", title, length);
  for (const block of blocks) {
    if (sample.length >= length) break;
    sample = withPart(sample, block.text, length);
  }
  if (sample.length <= length) return sample;
  const space = sample.lastIndexOf(" ", length);
  return sample.slice(0, space > length / 2 ? space : length);
}

/**
 * The article's language as a BCP 47 tag: the stated one when valid, else the detector's
 * best guess on a sample of the title and the blocks, else "en" with `detected: false`.
 */
export function resolveLanguage(
  stated: string | undefined,
  title: string,
  blocks: readonly TextBlock[],
): LanguageResult {
  if (stated !== undefined && BCP47.test(stated.trim()))
    return { language: stated.trim(), detected: true };
  const long = sampleOf(title, blocks, LONG_SAMPLE);
  if (isPlainlyEnglish(long)) return { language: "en", detected: true };
  const short = sampleOf(title, blocks, SHORT_SAMPLE);
  let result = eld.detect(short);
  if (!result.isReliable() && short.length >= SHORT_SAMPLE) result = eld.detect(long);
  // A guess the detector itself does not trust (a few words, names, numbers) is no answer.
  if (result.isReliable() && BCP47.test(result.language)) {
    return { language: result.language, detected: true };
  }
  return { language: "en", detected: false };
}
