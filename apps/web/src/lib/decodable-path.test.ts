import { describe, expect, it } from "vitest";
import { isDecodablePath } from "./decodable-path";

describe("isDecodablePath", () => {
  it.each(["/", "/articles/some-slug", "/articles/caf%C3%A9", "/search", "/articles/%25"])(
    "accepts %s",
    (path) => {
      expect(isDecodablePath(path)).toBe(true);
    },
  );

  it.each(["/articles/%", "/articles/%E0%A4%A", "/api/trpc/%E0", "/entities/%ZZ", "/a/%ED%A0%80"])(
    "refuses %s",
    (path) => {
      expect(isDecodablePath(path)).toBe(false);
    },
  );
});
