import { hash } from "node:crypto";
import { ParseError } from "./errors.js";

export interface DecodedInput {
  text: string;
  /** Size of the raw input in bytes (UTF-8 bytes for a string input). */
  bytes: number;
  /** Lowercase hex SHA-256 of the raw bytes. */
  sha256: string;
  /** The encoding the bytes were read in; absent for a string input. */
  encoding?: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder("utf-16be", { fatal: true, ignoreBOM: true });

/** UTF-16 the bytes say they are (a BOM, or NULs in every other byte): broken text is an error. */
function decodeUtf16(
  decoder: { decode(input: Uint8Array): string },
  bytes: Uint8Array,
  encoding: string,
): string {
  try {
    return decoder.decode(bytes);
  } catch (error) {
    throw new ParseError(
      "decode",
      `input looks like ${encoding} but is not valid ${encoding} text`,
      {
        cause: error,
      },
    );
  }
}
/**
 * Windows-1252 characters for bytes 0x80-0x9F (undefined bytes stay as Latin-1 would read
 * them). Node's TextDecoder reads "windows-1252" as plain Latin-1, so these are mapped here.
 */
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(/[\u0080-\u009f]/g, (c1) =>
      String.fromCharCode(WINDOWS_1252_C1[c1.charCodeAt(0) - 0x80] ?? 0xfffd),
    );
}

/** One-shot hashing: no Hash object per article. */
export function sha256(data: Uint8Array | string): string {
  return hash("sha256", data, "hex");
}

function tooLarge(bytes: number, maxBytes: number): ParseError {
  return new ParseError(
    "too-large",
    `input is ${bytes} bytes, more than the limit of ${maxBytes} bytes (raise maxBytes to read it)`,
  );
}

/** UTF-16 without a byte-order mark shows as a NUL in every other byte of ASCII text. */
function guessBomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  // Text in UTF-16 nearly always opens with a NUL in its first or second byte.
  if (sample < 4 || (bytes[0] !== 0 && bytes[1] !== 0)) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  if (oddNul > pairs * 0.4 && evenNul === 0) return "utf-16le";
  if (evenNul > pairs * 0.4 && oddNul === 0) return "utf-16be";
  return undefined;
}

function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: decodeUtf16(utf16le, bytes.subarray(2), "UTF-16LE"), encoding: "utf-16le" };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: decodeUtf16(utf16be, bytes.subarray(2), "UTF-16BE"), encoding: "utf-16be" };
  }
  const hasBom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (!hasBom) {
    const utf16 = guessBomlessUtf16(bytes);
    if (utf16 !== undefined) {
      const decoder = utf16 === "utf-16le" ? utf16le : utf16be;
      return { text: decodeUtf16(decoder, bytes, utf16.toUpperCase()), encoding: utf16 };
    }
  }
  try {
    return { text: utf8.decode(body), encoding: hasBom ? "utf-8-bom" : "utf-8" };
  } catch {
    // Not UTF-8: read it as Latin-1. Windows-1252 agrees with Latin-1 on every printable
    // character and also maps the curly quotes that Windows editors put in 0x80-0x9F.
    const usesC1 = body.some((byte) => byte >= 0x80 && byte <= 0x9f);
    return { text: decodeWindows1252(body), encoding: usesC1 ? "windows-1252" : "latin1" };
  }
}

/** Turns the raw input into text, refusing input that is too large to be an article. */
export function decodeInput(input: string | Uint8Array, maxBytes: number): DecodedInput {
  if (typeof input === "string") {
    if (input.length > maxBytes) {
      const bytes = Buffer.byteLength(input, "utf8");
      if (bytes > maxBytes) throw tooLarge(bytes, maxBytes);
    }
    const raw = Buffer.from(input, "utf8");
    if (raw.length > maxBytes) throw tooLarge(raw.length, maxBytes);
    return { text: input, bytes: raw.length, sha256: sha256(raw) };
  }
  if (input.length > maxBytes) throw tooLarge(input.length, maxBytes);
  const { text, encoding } = decodeBytes(input);
  return { text, bytes: input.length, sha256: sha256(input), encoding };
}
