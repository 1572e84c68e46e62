import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { orNull } from "./errors";

describe("orNull", () => {
  it("returns what the read returns", async () => {
    expect(await orNull(async () => 42)).toBe(42);
  });

  it("turns NOT_FOUND and BAD_REQUEST into null", async () => {
    for (const code of ["NOT_FOUND", "BAD_REQUEST"] as const) {
      expect(
        await orNull(async () => {
          throw new TRPCError({ code });
        }),
      ).toBeNull();
    }
  });

  it("rethrows every other failure", async () => {
    const failure = new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
    await expect(
      orNull(async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    await expect(
      orNull(async () => {
        throw new RangeError("boom");
      }),
    ).rejects.toThrow("boom");
  });
});
