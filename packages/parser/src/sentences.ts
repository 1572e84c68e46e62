const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "jr",
  "sr",
  "gen",
  "gov",
  "sen",
  "rep",
  "lt",
  "col",
  "capt",
  "sgt",
  "maj",
  "adm",
  "rev",
  "hon",
  "pres",
  "inc",
  "ltd",
  "co",
  "corp",
  "plc",
  "vs",
  "etc",
  "no",
  "nos",
  "vol",
  "fig",
  "approx",
  "est",
  "dept",
  "univ",
  "mt",
  "ft",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "u.s",
  "u.k",
  "u.n",
  "e.g",
  "i.e",
  "a.m",
  "p.m",
  "d.c",
]);

/** A full stop before a capital, or a CJK full stop (which needs no space after it). */
const CANDIDATE_END = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])|[。！？]+[」』”’）]*/gu;
const ENDS_SENTENCE = /[.!?…"'”’)\]。！？」』）]/;

/** Whether the full stop at `dot` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== ".") return false;
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1] ?? "")) start--;
  const word = text.slice(start, dot).toLowerCase();
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word);
}

/** The offsets just after each sentence end in `text` (the last one is `text.length`). */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(CANDIDATE_END)) {
    if (isAbbreviation(text, match.index)) continue;
    ends.push(match.index + match[0].length);
  }
  if (ends.at(-1) !== text.length) ends.push(text.length);
  return ends;
}

/** The longest run of whole sentences from the start of `text` within `max` characters. */
export function cutAtSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = 0;
  for (const end of sentenceEnds(text.slice(0, max + 1))) {
    if (end <= max && end < text.length && ENDS_SENTENCE.test(text[end - 1] ?? "")) cut = end;
  }
  if (cut > 0) return text.slice(0, cut).trim();
  const space = text.lastIndexOf(" ", max - 1);
  return `${text.slice(0, space > max / 2 ? space : max - 1).trimEnd()}…`;
}
