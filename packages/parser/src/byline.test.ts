import { describe, expect, it } from "vitest";
import { parseByline } from "./byline.js";

describe("parseByline", () => {
  it.each([
    ["By Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
    ["By Jane Doe, Staff Reporter", ["Jane Doe"]],
    ["By Reuters Staff", ["Reuters Staff"]],
    ["By JANE DOE", ["Jane Doe"]],
    ["By Jane Doe, John Roe and Max Poe", ["Jane Doe", "John Roe", "Max Poe"]],
    ["By Jane Doe & John Roe", ["Jane Doe", "John Roe"]],
    ["By Jane Doe in London", ["Jane Doe"]],
    ["By Jane Doe, Associated Press", ["Jane Doe"]],
    ["By Ludwig van Beethoven", ["Ludwig van Beethoven"]],
    ["By Jane Doe | Updated: Dec 11, 2025", ["Jane Doe"]],
  ])("reads %j", (raw, authors) => {
    expect(parseByline(raw)).toEqual({ raw, authors });
  });
});
