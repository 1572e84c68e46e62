import { describe, expect, it } from "vitest";
import { cueAfter, cueBefore, findChannel } from "./speaker-cue.js";

function before(text: string): string | undefined {
  const cue = cueBefore(text, 0, 0, text.lastIndexOf("“"));
  if (cue !== undefined) expect(text.slice(cue.start, cue.end)).toBe(cue.phrase);
  return cue?.phrase;
}

function after(text: string): string | undefined {
  const close = text.indexOf("”");
  const cue = cueAfter(text, 0, close, text.length);
  if (cue !== undefined) expect(text.slice(cue.start, cue.end)).toBe(cue.phrase);
  return cue?.phrase;
}

describe("cueBefore", () => {
  it("finds the subject of an introducing reporting verb", () => {
    expect(before("On X, Modi shared: “Had a call.”")).toBe("Modi");
    expect(before("An official Indian statement noted: “They met.”")).toBe(
      "An official Indian statement",
    );
    expect(before("A U.S. Embassy spokesperson elaborated: “We agree.”")).toBe(
      "A U.S. Embassy spokesperson",
    );
    expect(before("Speaking in London, Mr Blair told reporters: “We will win.”")).toBe("Mr Blair");
    expect(before("The minister, who spoke in Delhi, said: “We will win.”")).toBe("The minister");
    expect(before("According to Smith, “the deal is off.”")).toBe("Smith");
  });

  it("finds nothing without a reporting verb", () => {
    expect(before("Described as “warm and engaging,” the call ended.")).toBeUndefined();
    expect(before("The plan, dubbed “Project Fear,” failed.")).toBeUndefined();
  });
});

describe("cueAfter", () => {
  it("reads the common orders of subject and verb after a quotation", () => {
    expect(after("“Growth is slowing,” Ms. Gopinath added.")).toBe("Ms. Gopinath");
    expect(after("“We are ready,” said John Smith, the chief executive.")).toBe("John Smith");
    expect(after("“We are ready,” he told reporters.")).toBe("he");
    expect(after("“We are ready,” the ministry said in a statement.")).toBe("the ministry");
    expect(after("“We are ready,” Bush will say.")).toBe("Bush");
    expect(after("“We are ready,” according to the report.")).toBe("the report");
  });

  it("ends the speaker's words with their sentence, not at an abbreviation", () => {
    expect(
      after("“A tough game,” said coach Pep Guardiola. Manchester City face Arsenal next."),
    ).toBe("coach Pep Guardiola");
    expect(
      after("“We are ready,” said U.S. Trade Representative Katherine Tai. Talks resume."),
    ).toBe("U.S. Trade Representative Katherine Tai");
  });

  it("finds nothing when the sentence goes on without a reporting verb", () => {
    expect(after("“Warm,” the call was long.")).toBeUndefined();
  });
});

describe("findChannel", () => {
  it("names the platform or outlet", () => {
    expect(findChannel("On X, Modi shared: ")).toBe("X");
    expect(findChannel("he wrote on his Truth Social account")).toBe("Truth Social");
    expect(findChannel("she told the BBC")).toBe("BBC");
    expect(findChannel("he told reporters")).toBeUndefined();
  });
});
