import { type DecodedInput, sha256 } from "./decode.js";

const ID_LENGTH = 16;

/**
 * A stable id for the article: the first 16 hex digits of the SHA-256 of its normalised text
 * (as UTF-8). When normalising changed nothing in UTF-8 input, that is the hash of the raw
 * bytes, already computed.
 */
export function contentId(normalised: string, decoded: DecodedInput): string {
  const sameBytes =
    (decoded.encoding === undefined || decoded.encoding === "utf-8") && decoded.text === normalised;
  const hash = sameBytes ? decoded.sha256 : sha256(normalised);
  return hash.slice(0, ID_LENGTH);
}
