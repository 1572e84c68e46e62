import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { StoreInputError } from "./errors.js";

describe("cursors", () => {
  it("round-trip through base64url", () => {
    const cursor = encodeCursor(["2025-12-11T09:30:00.000Z", 42]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, ["string", "number"])).toEqual(["2025-12-11T09:30:00.000Z", 42]);
  });

  it("reject cursors the store did not issue", () => {
    for (const bad of [
      "",
      "!!!",
      encodeCursor([1, "x"]),
      encodeCursor(["x"]),
      encodeCursor(["x", 1.5]),
    ]) {
      expect(() => decodeCursor(bad, ["string", "number"]), bad).toThrow(StoreInputError);
    }
  });
});
