import { StoreInputError } from "./errors.js";

/** Opaque cursors: base64url JSON arrays, checked against the expected shape on the way back. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

export function decodeCursor<const T extends readonly ("string" | "number")[]>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends "string" ? string : number } {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new StoreInputError("invalid cursor: pass back the nextCursor of a previous page");
  }
  const fits =
    Array.isArray(values) &&
    values.length === shape.length &&
    values.every((value, i) =>
      shape[i] === "number" ? Number.isSafeInteger(value) : typeof value === "string",
    );
  if (!fits)
    throw new StoreInputError("invalid cursor: pass back the nextCursor of a previous page");
  return values as { [K in keyof T]: T[K] extends "string" ? string : number };
}
