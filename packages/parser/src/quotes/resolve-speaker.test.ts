import type { Entity } from "@news/schema";
import { describe, expect, it } from "vitest";
import { SpeakerIndex } from "./resolve-speaker.js";

const entities: Entity[] = [
  {
    id: "place:london",
    type: "place",
    name: "London",
    aliases: [],
    mentions: [{ blockIndex: 0, start: 20, end: 26 }],
  },
  {
    id: "organization:acme",
    type: "organization",
    name: "Acme Corp",
    aliases: ["Acme"],
    mentions: [
      { blockIndex: 0, start: 10, end: 14 },
      { blockIndex: 1, start: 0, end: 9 },
    ],
  },
  {
    id: "person:anne-hill",
    type: "person",
    name: "Anne Hill",
    aliases: ["Hill"],
    mentions: [
      { blockIndex: 0, start: 0, end: 9 },
      { blockIndex: 2, start: 5, end: 9 },
    ],
  },
];

describe("SpeakerIndex", () => {
  it("gives the same answers before and after it builds its indexes", () => {
    const index = new SpeakerIndex(entities);
    // Enough lookups of each kind to pass from reading the list directly to the built indexes.
    for (let round = 0; round < 40; round++) {
      expect(index.entityWithin(0, 0, 30)?.id).toBe("person:anne-hill");
      expect(index.entityWithin(0, 10, 30)?.id).toBe("organization:acme");
      expect(index.entityWithin(0, 10, 25)?.id).toBe("organization:acme");
      expect(index.entityWithin(0, 15, 30)?.id).toBe("place:london");
      expect(index.entityWithin(0, 11, 30)?.id).toBe("place:london");
      expect(index.entityWithin(1, 1, 9)).toBeUndefined();
      expect(index.entityNamed("Hill")?.id).toBe("person:anne-hill");
      expect(index.entityNamed("Acme Corp")?.id).toBe("organization:acme");
      expect(index.entityNamed("Nobody")).toBeUndefined();
    }
  });
});
