import { describe, expect, it } from "vitest";
import { GAZETTEER_DATA } from "./gazetteer-data.js";
import { GIVEN_NAME_GENDERS } from "./given-name-genders.js";
import { pack, unpack } from "./packed.js";
import { gazetteerSource, givenNameGendersSource } from "./sources.js";

const REGENERATE = "run `pnpm --filter @news/parser exec tsx src/entities/data/generate.ts`";

describe("packed data modules", () => {
  it("round-trips a value through pack and unpack", () => {
    const value = { names: "Ann\nBob", list: [1, "two"] };
    expect(unpack(pack(value))).toEqual(value);
  });

  it(`hold the installed world-countries and humannames data (else ${REGENERATE})`, () => {
    const packed = unpack(GAZETTEER_DATA);
    expect(packed).toEqual(gazetteerSource());
  });

  it(`hold the installed gender-detection-from-name data (else ${REGENERATE})`, () => {
    expect(unpack(GIVEN_NAME_GENDERS)).toEqual(givenNameGendersSource());
  });
});
