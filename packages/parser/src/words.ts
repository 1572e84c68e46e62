const LETTER = /[\p{L}\p{M}]/u;

function isLetter(code: number): boolean {
  if (code < 128) {
    const lower = code | 32;
    return lower >= 97 && lower <= 122;
  }
  return LETTER.test(String.fromCharCode(code));
}

function isJoiner(code: number): boolean {
  return code === 39 || code === 45 || code === 0x2019;
}

/**
 * Calls `visit` with every word of `text`: letters, with apostrophes and hyphens allowed
 * inside ("don't", "Indo-Pacific"). A hand-rolled scan: this runs over every article's
 * whole text, so it avoids a Unicode regex.
 */
export function forEachWord(text: string, visit: (word: string) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (isLetter(code)) i++;
      else if (isJoiner(code) && i + 1 < length && isLetter(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    visit(text.slice(start, i));
  }
}
