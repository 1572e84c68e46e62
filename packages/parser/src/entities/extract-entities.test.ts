import type { Block, Entity } from "@news/schema";
import { describe, expect, it } from "vitest";
import { extractEntities } from "./index.js";
import { paragraphs, seedBlocks } from "./testing/seed-blocks.js";

const context = { title: "", language: "en" };

function find(entities: Entity[], name: string): Entity | undefined {
  return entities.find((entity) => entity.name === name);
}

function expectSlicesMatch(blocks: readonly Block[], entities: readonly Entity[]): void {
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const slice = blocks[mention.blockIndex]?.text.slice(mention.start, mention.end);
      expect([entity.name, ...entity.aliases]).toContain(slice);
    }
  }
}

describe("extractEntities on the seed article", () => {
  const { title, blocks } = seedBlocks();
  const entities = extractEntities(blocks, { title, language: "en" });

  it("finds the people with their aliases merged and titles stripped", () => {
    const people = entities
      .filter((entity) => entity.type === "person")
      .map((entity) => entity.name);
    expect(people).toEqual(
      expect.arrayContaining(["Narendra Modi", "Donald Trump", "Vladimir Putin", "Jamieson Greer"]),
    );
    expect(find(entities, "Narendra Modi")?.aliases).toContain("Modi");
    expect(find(entities, "Donald Trump")?.aliases).toContain("Trump");
    expect(find(entities, "Narendra Modi")?.id).toBe("person:narendra-modi");
  });

  it("makes no false people", () => {
    const people = entities
      .filter((entity) => entity.type === "person")
      .map((entity) => entity.name);
    for (const wrong of [
      "Red Fort",
      "Indo-Pacific",
      "Quad",
      "Diwali",
      "Under Secretary",
      "TRUST",
      "Modi",
      "Trump",
    ]) {
      expect(people).not.toContain(wrong);
    }
    expect(people).toHaveLength(4);
  });

  it("finds the places, with country aliases merged", () => {
    const places = entities
      .filter((entity) => entity.type === "place")
      .map((entity) => entity.name);
    expect(places).toEqual(
      expect.arrayContaining([
        "New Delhi",
        "India",
        "United States",
        "Russia",
        "Ukraine",
        "Australia",
        "Japan",
      ]),
    );
    expect(find(entities, "United States")?.aliases).toEqual(
      expect.arrayContaining(["U.S.", "US"]),
    );
    expect(places).not.toContain("Indian");
  });

  it("gives offsets that slice to the name or an alias, and orders entities by first mention", () => {
    expectSlicesMatch(blocks, entities);
    const firsts = entities.map(
      (entity) => (entity.mentions[0]?.blockIndex ?? 0) * 1e6 + (entity.mentions[0]?.start ?? 0),
    );
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  it("excludes the possessive ending from mentions", () => {
    const india = find(entities, "India");
    const texts = india?.mentions.map((mention) =>
      blocks[mention.blockIndex]?.text.slice(mention.start, mention.end + 2),
    );
    expect(texts).toContain("India’s");
  });

  it("links surnames in headline-style related blocks", () => {
    const related = blocks.findIndex((block) => block.type === "related");
    expect(
      find(entities, "Narendra Modi")?.mentions.some((mention) => mention.blockIndex === related),
    ).toBe(true);
  });
});

describe("extractEntities across outlet styles", () => {
  it("links title + surname and honorific + surname to the full name (AP / NYT style)", () => {
    const blocks = paragraphs(
      "Gita Gopinath, the IMF's first deputy managing director, spoke in Washington on Tuesday.",
      "“Growth is slowing,” Ms. Gopinath added.",
    );
    const entities = extractEntities(blocks, context);
    expect(find(entities, "Gita Gopinath")?.aliases).toEqual(["Gopinath"]);
    expect(find(entities, "Gita Gopinath")?.mentions).toHaveLength(2);
    expect(find(entities, "IMF")?.type).toBe("organization");
    expectSlicesMatch(blocks, entities);
  });

  it("reads Reuters wire copy: titles, organisations, cities", () => {
    const blocks = paragraphs(
      "Federal Reserve Chair Jerome Powell said on Wednesday the central bank would hold rates steady.",
      "Powell told reporters in Washington that the Fed was watching the labour market.",
      "Shares of Goldman Sachs Group Inc rose 2% in New York.",
    );
    const entities = extractEntities(blocks, context);
    expect(find(entities, "Jerome Powell")?.type).toBe("person");
    expect(find(entities, "Jerome Powell")?.aliases).toEqual(["Powell"]);
    expect(find(entities, "Federal Reserve")?.type).toBe("organization");
    expect(find(entities, "Goldman Sachs Group Inc")?.type).toBe("organization");
    expect(find(entities, "New York")?.type).toBe("place");
    expectSlicesMatch(blocks, entities);
  });

  it("reads BBC style: Mr without a full stop, UK aliases", () => {
    const blocks = paragraphs(
      "Chancellor Rachel Reeves will set out her plans in the UK Parliament.",
      "Mr Sunak said Britain and the U.K. economy would recover, according to Labour. The UK will grow.",
    );
    const entities = extractEntities(blocks, context);
    const uk = find(entities, "United Kingdom");
    expect(uk?.aliases).toEqual(expect.arrayContaining(["UK", "Britain", "U.K."]));
    expect(find(entities, "Rachel Reeves")?.type).toBe("person");
    expect(find(entities, "Sunak")?.type).toBe("person");
    expect(
      entities.some((entity) => entity.name === "Mr Sunak" || entity.name.startsWith("Chancellor")),
    ).toBe(false);
  });

  it("keeps a given name that is also a familiar word after a title, not the words of an office", () => {
    const blocks = paragraphs(
      "Transport Secretary Mark Harper said the offer was fair. Former President Bill Clinton agreed.",
      "Trade Secretary Kemi Badenoch and Secretary of State Antony Blinken met.",
    );
    const people = extractEntities(blocks, context)
      .filter((entity) => entity.type === "person")
      .map((entity) => entity.name);
    expect(people).toEqual(["Mark Harper", "Bill Clinton", "Kemi Badenoch", "Antony Blinken"]);
  });

  it("reads a continent's adjective alone as no name, but keeps the names it opens", () => {
    const blocks = paragraphs(
      "European shares fell. Analysts said Asian markets would follow.",
      "The European Commission praised the African Nations Cup.",
    );
    const names = extractEntities(blocks, context).map((entity) => entity.name);
    expect(names).toEqual(["European Commission", "African Nations Cup"]);
  });

  it("types a name followed by a business noun as an organisation, not a person", () => {
    const blocks = paragraphs(
      "Goldman Sachs economists expect a cut, and analysts said Tesla shares would rise.",
      "Jakarta-based staff and Donald Trump supporters were not asked.",
    );
    const types = extractEntities(blocks, context).map((entity) => [entity.name, entity.type]);
    expect(types).toEqual([
      ["Goldman Sachs", "organization"],
      ["Tesla", "organization"],
      ["Donald Trump", "person"],
    ]);
  });

  it("reads a bare name that opens a sentence with an institution's verb as an organisation", () => {
    const blocks = paragraphs(
      "Unilever said profits fell. Witnesses said the car sped off. Recently said nothing.",
    );
    const types = extractEntities(blocks, context).map((entity) => [entity.name, entity.type]);
    expect(types).toEqual([["Unilever", "organization"]]);
  });

  it("recognises a speaker named after a reporting verb and a role", () => {
    const blocks = paragraphs(
      "“It was a tough game,” said coach Pep Guardiola. “We won,” said their Pep.",
    );
    const types = extractEntities(blocks, context).map((entity) => [entity.name, entity.type]);
    expect(types).toEqual([["Pep Guardiola", "person"]]);
  });

  it("leaves describing compounds out of names, but keeps hyphenated names whole", () => {
    const blocks = paragraphs(
      "Mother-of-two Sarah Jones said she had moved. London-based Xstrata said so too.",
      "The Blu-ray Disc Association agreed, and Coca-Cola said it would follow.",
    );
    const names = extractEntities(blocks, context).map((entity) => entity.name);
    expect(names).toEqual(["Sarah Jones", "Xstrata", "Blu-ray Disc Association", "Coca-Cola"]);
  });

  it("keeps a familiar given name that opens a sentence before a surname and a reporting verb", () => {
    const blocks = paragraphs(
      "Mark Harper said the offer was fair. Rose Garden events were cancelled.",
    );
    const names = extractEntities(blocks, context).map((entity) => [entity.name, entity.type]);
    expect(names).toEqual([["Mark Harper", "person"]]);
  });

  it("names nobody by an office alone", () => {
    const blocks = paragraphs(
      "The Prime Minister said no, and the Chief Executive agreed. Prime Minister Keir Starmer left.",
    );
    const names = extractEntities(blocks, context).map((entity) => [entity.name, entity.type]);
    expect(names).toEqual([["Keir Starmer", "person"]]);
  });

  it("drops sentence-initial words and demonyms, keeps no stopword-led names", () => {
    const blocks = paragraphs(
      "The Indian government said Despite the rain, Chinese officials met. However, Analysts disagreed.",
      "But the meeting in Beijing ended early.",
    );
    const entities = extractEntities(blocks, context);
    const names = entities.map((entity) => entity.name);
    expect(names).toEqual(["Beijing"]);
  });

  it("links acronyms to their expansion (CNN style)", () => {
    const blocks = paragraphs(
      "The World Health Organization declared an emergency.",
      "WHO Director-General Tedros Adhanom Ghebreyesus said the WHO would help.",
    );
    const entities = extractEntities(blocks, context);
    expect(find(entities, "World Health Organization")?.aliases).toContain("WHO");
    expectSlicesMatch(blocks, entities);
  });

  it("takes a company's name without its legal suffixes as an alias", () => {
    const blocks = paragraphs(
      "Acme Widgets Holdings Ltd said profits rose. Acme Widgets staff were told on Monday.",
    );
    const entities = extractEntities(blocks, context);
    expect(find(entities, "Acme Widgets Holdings Ltd")?.aliases).toEqual(["Acme Widgets"]);
    expectSlicesMatch(blocks, entities);
  });

  it("uses speech verbs to recognise a surname-only speaker (Indian press)", () => {
    const blocks = paragraphs(
      "Chouhan said the scheme would cover 10 crore farmers, and Jaishankar told reporters it mattered.",
    );
    const entities = extractEntities(blocks, context);
    expect(find(entities, "Chouhan")?.type).toBe("person");
    expect(find(entities, "Jaishankar")?.type).toBe("person");
  });
});

describe("extractEntities in other languages", () => {
  it("keeps gazetteer places but no bare runs of capitals in German text", () => {
    const blocks = paragraphs(
      "Die Bundesregierung in Berlin plant Neue Regeln für Große Unternehmen in Deutschland.",
    );
    const entities = extractEntities(blocks, { title: "", language: "de" });
    expect(entities.map((entity) => [entity.type, entity.name])).toEqual([["place", "Berlin"]]);
  });
});

describe("extractEntities for towns no gazetteer lists", () => {
  it("takes “Town, State” and “Town, Country” as places, not “Name, Country's …”", () => {
    const blocks = paragraphs(
      "Drivers in Minneapolis, Minnesota, described the collapse. Police in Lahore, Pakistan (AP) said more.",
      "John Smith, Britain's ambassador, and Bob Johnson, Texas Republican, disagreed.",
    );
    const entities = extractEntities(blocks, { title: "", language: "en" });
    const places = entities
      .filter((entity) => entity.type === "place")
      .map((entity) => entity.name);
    expect(places).toEqual(
      expect.arrayContaining(["Minneapolis", "Minnesota", "Lahore", "Pakistan"]),
    );
    expect(places).not.toContain("John Smith");
    expect(places).not.toContain("Bob Johnson");
  });
});
