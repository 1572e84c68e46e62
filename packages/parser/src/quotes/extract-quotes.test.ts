import { type Block, type Quote, spanText } from "@news/schema";
import { describe, expect, it } from "vitest";
import { extractEntities } from "../entities/index.js";
import { paragraphs, seedBlocks } from "../entities/testing/seed-blocks.js";
import { extractQuotes } from "./index.js";

function run(blocks: Block[]): {
  quotes: Quote[];
  warnings: ReturnType<typeof extractQuotes>["warnings"];
} {
  const entities = extractEntities(blocks, { title: "", language: "en" });
  const result = extractQuotes(blocks, entities);
  for (const quote of result.quotes) expect(spanText(blocks, quote)).toBe(quote.text);
  return result;
}

function speakers(blocks: Block[]): (string | undefined)[] {
  return run(blocks).quotes.map((quote) => quote.speaker);
}

describe("extractQuotes on the seed article", () => {
  const { blocks } = seedBlocks();
  const entities = extractEntities(blocks, { title: "", language: "en" });
  const { quotes, warnings } = extractQuotes(blocks, entities);
  const statements = quotes.filter((quote) => quote.kind === "statement");

  it("attributes the three full quotations", () => {
    expect(statements.map((quote) => [quote.speaker, quote.speakerType])).toEqual([
      ["Narendra Modi", "person"],
      ["Official Indian statement", "statement"],
      ["U.S. Embassy spokesperson", "organization"],
    ]);
    expect(statements[0]?.channel).toBe("X");
    expect(statements[0]?.speakerEntityId).toBe("person:narendra-modi");
    expect(statements[0]?.text.startsWith("Had very warm")).toBe(true);
  });

  it("keeps “warm and engaging” a scare quote without a speaker", () => {
    const scare = quotes.find((quote) => quote.text.startsWith("warm and engaging"));
    expect(scare?.kind).not.toBe("statement");
    expect(scare?.speaker).toBeUndefined();
    expect(warnings).toEqual([]);
  });
});

describe("extractQuotes across outlet styles", () => {
  it("Reuters: “…,” said X / X said", () => {
    const blocks = paragraphs(
      "Federal Reserve Chair Jerome Powell spoke in Washington on Wednesday.",
      "“We are prepared to adjust the stance of monetary policy as appropriate,” Powell said.",
      "“The outlook remains uncertain,” said Mary Daly, president of the San Francisco Fed.",
    );
    expect(speakers(blocks)).toEqual(["Jerome Powell", "Mary Daly"]);
  });

  it("AP / NYT: honorific + surname resolves to the full name used earlier", () => {
    const blocks = paragraphs(
      "Gita Gopinath, the IMF's first deputy managing director, spoke on Tuesday.",
      "“Global growth is slowing and the risks are tilted to the downside,” Ms. Gopinath added.",
    );
    const { quotes } = run(blocks);
    expect(quotes[0]?.speaker).toBe("Gita Gopinath");
    expect(quotes[0]?.speakerEntityId).toBe("person:gita-gopinath");
  });

  it("BBC: straight quotes, Mr Surname said:, he said, continued paragraphs", () => {
    const blocks = paragraphs(
      "Tony Blair defended the plan on Monday.",
      'Mr Blair said: "We have already doubled the length of maternity pay.',
      '"We are going to extend the pay to nine months by 2007."',
      'The Conservatives disagreed. "It is a gimmick and voters will see through it," he said.',
      '"We will fight it every step of the way."',
    );
    const { quotes, warnings } = run(blocks);
    expect(warnings).toEqual([]);
    expect(quotes[0]?.endBlockIndex).toBe(2);
    expect(quotes[0]?.text).toBe(
      'We have already doubled the length of maternity pay.\n\n"We are going to extend the pay to nine months by 2007.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      "Tony Blair",
      "Tony Blair",
      "Tony Blair",
    ]);
  });

  it("CNN: according to, will say, told CNN", () => {
    const blocks = paragraphs(
      'President Bush will speak in Kansas City. "Three decades later, there is a legitimate debate about the war," Bush will say.',
      '"The economy is in far better shape than anyone expected this year," Senator Jane Harper told CNN.',
      '"The talks have stalled and no new date has been set," according to a State Department official.',
      '"We will not retreat from this fight, not now and not ever," the president said.',
    );
    const { quotes } = run(blocks);
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      "Bush",
      "Jane Harper",
      "State Department official",
      "Bush",
    ]);
    expect(quotes[1]?.channel).toBe("CNN");
  });

  it("Indian press: X told reporters, she said, statements and spokespersons", () => {
    const blocks = paragraphs(
      "External Affairs Minister S. Jaishankar met Sitharaman in New Delhi.",
      "“India will not compromise on the interests of its farmers,” Jaishankar told reporters.",
      "Finance Minister Nirmala Sitharaman was more cautious. “We are still studying the proposal in detail,” she said.",
      "A Ministry of External Affairs spokesperson said: “The visit was productive and the talks will continue.”",
      "A joint statement said: “Both sides agreed to expand cooperation in trade and technology.”",
    );
    const { quotes } = run(blocks);
    expect(quotes.map((quote) => [quote.speaker, quote.speakerType])).toEqual([
      ["S. Jaishankar", "person"],
      ["Nirmala Sitharaman", "person"],
      ["Ministry of External Affairs spokesperson", "organization"],
      ["Joint statement", "statement"],
    ]);
  });

  it("leaves scare quotes and names unattributed, and fragments without a cue", () => {
    const blocks = paragraphs(
      "The plan, dubbed “Project Fear,” was called “a very constructive and frank exchange” by nobody in particular.",
    );
    const { quotes } = run(blocks);
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ["term", undefined],
      ["fragment", undefined],
    ]);
  });

  it("reads a short sentence before its attribution as a statement, which the next quotation continues", () => {
    const blocks = paragraphs(
      '"We want to see more good data," Fed Chair Jerome Powell told reporters. "So far this year, we have not gained that greater confidence."',
      '"The labor market remains strong," Powell said. The plan, dubbed "Project Fear," was dropped.',
    );
    expect(run(blocks).quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ["statement", "Jerome Powell"],
      ["statement", "Jerome Powell"],
      ["statement", "Jerome Powell"],
      ["term", undefined],
    ]);
  });

  it("warns about unbalanced marks with the block's line", () => {
    const blocks: Block[] = [
      { type: "paragraph", text: "He said “this never closes.", line: 3 },
      { type: "paragraph", text: "Next paragraph.", line: 5 },
      { type: "paragraph", text: "No line ” here." },
    ];
    const { warnings } = run(blocks);
    expect(warnings).toEqual([
      { code: "unbalanced-quote", message: "unbalanced quotation mark at line 3", line: 3 },
      { code: "unbalanced-quote", message: "unbalanced quotation mark in block 3" },
    ]);
  });

  it("organisations speak too: named, by acronym, as “it” and as “the company”", () => {
    const blocks = paragraphs(
      "Microsoft Corp reported higher profits on Tuesday.",
      "“Demand for cloud services remained strong throughout the quarter,” Microsoft said in a statement.",
      "“We expect the trend to continue into next year and beyond,” it added.",
      "“Our customers are spending more on artificial intelligence,” the company said.",
    );
    const { quotes } = run(blocks);
    expect(quotes.map((quote) => [quote.speaker, quote.speakerType])).toEqual([
      ["Microsoft Corp", "organization"],
      ["Microsoft Corp", "organization"],
      ["Microsoft Corp", "organization"],
    ]);
  });

  it("reads British single quotation marks, in order with the double ones of other paragraphs", () => {
    const blocks = paragraphs(
      "Transport Secretary Mark Harper met the union on Monday.",
      "'We have made a fair and reasonable offer,' Mr Harper said. 'It's time to accept it.'",
      "“We will strike,” said union leader Mick Whelan.",
    );
    expect(run(blocks).quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ["statement", "Mark Harper"],
      ["statement", "Mark Harper"],
      ["statement", "Mick Whelan"],
    ]);
  });

  it("resolves “the 34-year-old” to the person named before", () => {
    const blocks = paragraphs(
      "Andre Agassi retired hurt in the second set.",
      "“My hip was cramping and I just could not continue,” said the 34-year-old.",
    );
    expect(speakers(blocks)).toEqual(["Andre Agassi"]);
  });

  it("keeps “the company” as the speaker when no company was named before", () => {
    const blocks = paragraphs("“Demand is weak,” the company said.");
    expect(run(blocks).quotes.map((quote) => [quote.speaker, quote.speakerType])).toEqual([
      ["Company", "organization"],
    ]);
  });

  it("resolves “he” to the nearest person before it, and keeps a three-paragraph quotation whole", () => {
    const blocks = paragraphs(
      "Coach Ange Postecoglou praised his players after the match against Arsenal.",
      "“We were brilliant from the first minute to the last.",
      "“The supporters were unbelievable tonight.",
      "“I could not be prouder of this group,” he said.",
    );
    const { quotes } = run(blocks);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      blockIndex: 1,
      endBlockIndex: 3,
      speaker: "Ange Postecoglou",
      kind: "statement",
    });
    expect(quotes[0]?.text.split("\n\n")).toHaveLength(3);
  });

  it("takes the platform from “tweeted” and “posted on”", () => {
    const blocks = paragraphs(
      "Elon Musk tweeted: “The rocket will fly again next month, weather permitting.”",
      "Hours later, Taylor Swift posted on Instagram: “Thank you all for an incredible night in London.”",
    );
    const { quotes } = run(blocks);
    expect(quotes.map((quote) => [quote.speaker, quote.channel])).toEqual([
      ["Elon Musk", "X"],
      ["Taylor Swift", "Instagram"],
    ]);
  });

  it("resolves “she” past a nearer man to the woman it fits", () => {
    const blocks = paragraphs(
      "Melissa Hughes was driving home with her brother, John Carpenter, when the bridge fell.",
      "“I had no idea there was a vehicle on my car until the police told me,” she said.",
    );
    const { quotes } = run(blocks);
    expect(quotes[0]?.speaker).toBe("Melissa Hughes");
  });
});
