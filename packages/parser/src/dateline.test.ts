import { describe, expect, it } from "vitest";
import { extractDateline } from "./dateline.js";

function found(paragraph: string) {
  const outcome = extractDateline(paragraph);
  if (outcome.kind !== "found")
    throw new Error(`no dateline in ${JSON.stringify(paragraph)}: ${outcome.kind}`);
  return outcome.result;
}

describe("extractDateline", () => {
  it.each([
    [
      "NEW DELHI: As negotiators met",
      { raw: "NEW DELHI:", place: "New Delhi" },
      "As negotiators met",
    ],
    [
      "NEW DELHI, Dec 11 (Reuters) - India said on Thursday",
      {
        raw: "NEW DELHI, Dec 11 (Reuters) -",
        place: "New Delhi",
        date: "Dec 11",
        agency: "Reuters",
      },
      "India said on Thursday",
    ],
    [
      "WASHINGTON (AP) — The Senate voted",
      { raw: "WASHINGTON (AP) —", place: "Washington", agency: "AP" },
      "The Senate voted",
    ],
    [
      "MADRID, 3 mar (Reuters) - El Gobierno aprobó el martes",
      { raw: "MADRID, 3 mar (Reuters) -", place: "Madrid", date: "3 mar", agency: "Reuters" },
      "El Gobierno aprobó el martes",
    ],
    [
      "GROSSETO, Italy (AP) -- The captain of the ship",
      { raw: "GROSSETO, Italy (AP) --", place: "Grosseto, Italy", agency: "AP" },
      "The captain of the ship",
    ],
    [
      "LONDON, England (CNN) -- Harry Potter star",
      { raw: "LONDON, England (CNN) --", place: "London, England", agency: "CNN" },
      "Harry Potter star",
    ],
    [
      "(CNN) -- The National Football League",
      { raw: "(CNN) --", agency: "CNN" },
      "The National Football League",
    ],
    [
      "(CNN)Seventy years ago, Anne Frank died",
      { raw: "(CNN)", agency: "CNN" },
      "Seventy years ago, Anne Frank died",
    ],
    [
      "MUMBAI, Dec 11 (PTI): Shares rose",
      { raw: "MUMBAI, Dec 11 (PTI):", place: "Mumbai", date: "Dec 11", agency: "PTI" },
      "Shares rose",
    ],
    [
      "LONDON — Britain's economy grew",
      { raw: "LONDON —", place: "London" },
      "Britain's economy grew",
    ],
    [
      "NEW DELHI (IANS) The government said",
      { raw: "NEW DELHI (IANS)", place: "New Delhi", agency: "IANS" },
      "The government said",
    ],
    ["(AFP) - Rescuers searched", { raw: "(AFP) -", agency: "AFP" }, "Rescuers searched"],
    [
      "Marseille, France (CNN)The French prosecutor",
      { raw: "Marseille, France (CNN)", place: "Marseille, France", agency: "CNN" },
      "The French prosecutor",
    ],
    [
      "Mumbai, Dec 11: Markets fell",
      { raw: "Mumbai, Dec 11:", place: "Mumbai", date: "Dec 11" },
      "Markets fell",
    ],
    [
      "ST. LOUIS (AP) — A jury",
      { raw: "ST. LOUIS (AP) —", place: "St. Louis", agency: "AP" },
      "A jury",
    ],
    [
      "KYIV/LVIV (Reuters) - Air raid",
      { raw: "KYIV/LVIV (Reuters) -", place: "Kyiv/Lviv", agency: "Reuters" },
      "Air raid",
    ],
  ])("reads %j", (paragraph, dateline, rest) => {
    const result = found(paragraph);
    expect(result.dateline).toEqual(dateline);
    expect(result.rest).toBe(rest);
  });

  it.each([
    "However: the plan was dropped.",
    "US-India trade talks resumed on Monday.",
    "The European Commission (EC) said it would act.",
    "NATO (North Atlantic Treaty Organization) met.",
    "BREAKING: The minister resigned.",
    "In London, the mood was grim.",
    "Quarterly profits at US media giant TimeWarner jumped 76%.",
    "I - for one - disagree.",
  ])("finds no dateline in %j", (paragraph) => {
    expect(extractDateline(paragraph).kind).toBe("none");
  });

  it("flags an opening that looks like a dateline but cannot be read", () => {
    expect(extractDateline("NEW DELHI, (Dec. 11) — The talks resumed.").kind).toBe("unrecognised");
  });

  // Linearity is measured by the benchmark (tooling/bench); the generous timeout only catches a
  // catastrophic (super-linear) blow-up, without asserting wall time on a busy machine.
  it("finds no dateline in a long capitalised opening", { timeout: 120_000 }, () => {
    expect(extractDateline(`${"NEW DELHI ".repeat(200_000)}: text`).kind).toBe("none");
  });
});
