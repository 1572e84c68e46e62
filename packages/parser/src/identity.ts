import { createHash } from "node:crypto";

/** A stable id for the article: the first 16 hex digits of the SHA-256 of its normalised text. */
export function contentId(normalised: string): string {
  return createHash("sha256").update(normalised).digest("hex").slice(0, 16);
}
