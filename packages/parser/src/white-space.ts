/** Whether a UTF-16 code unit is white space as `\s` reads it in a regular expression. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether a UTF-16 code unit is the white space plain news copy uses: space, tab, line ends, no-break space. */
export function isPlainSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0;
}

/** How many words white space separates in a text that has none at either end. */
export function countSpacedWords(text: string): number {
  let words = 1;
  let inSpace = false;
  for (let index = 0; index < text.length; index++) {
    const space = isWhiteSpace(text.charCodeAt(index));
    if (space && !inSpace) words++;
    inSpace = space;
  }
  return words;
}

/** The text after the last white space (all of it when there is none); "" when the text ends in white space. */
export function lastSpacedWord(text: string): string {
  let index = text.length;
  while (index > 0 && !isWhiteSpace(text.charCodeAt(index - 1))) index--;
  return text.slice(index);
}

/** `text.split(/\s+/)` without the regular expression's split machinery. */
export function spacedWords(text: string): string[] {
  const words: string[] = [];
  let start = 0;
  let index = 0;
  while (index < text.length) {
    if (!isWhiteSpace(text.charCodeAt(index))) {
      index++;
      continue;
    }
    words.push(text.slice(start, index));
    while (index < text.length && isWhiteSpace(text.charCodeAt(index))) index++;
    start = index;
  }
  words.push(text.slice(start));
  return words;
}
