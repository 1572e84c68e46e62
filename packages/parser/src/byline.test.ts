import { describe, expect, it } from "vitest";
import { isBylineRole, parseByline, readNameAndRole } from "./byline.js";

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
    ["By Jane Doe, CNN", ["Jane Doe"]],
    ["By Jane Doe and John Roe, AP", ["Jane Doe", "John Roe"]],
    ["By Ludwig van Beethoven", ["Ludwig van Beethoven"]],
    ["By Jane Doe | Updated: Dec 11, 2025", ["Jane Doe"]],
  ])("reads %j", (raw, authors) => {
    expect(parseByline(raw)).toEqual({ raw, authors });
  });
});

describe("bylines without By", () => {
  it.each([
    ["Jane Doe Political correspondent", ["Jane Doe"]],
    ["Jane Doe, Economics editor", ["Jane Doe"]],
  ])("reads %j", (raw, authors) => {
    expect(readNameAndRole(raw)).toEqual({ raw, authors });
  });

  it.each(["The minister said reporter", "Reporter", "the editor"])("does not read %j", (text) => {
    expect(readNameAndRole(text)).toBeUndefined();
  });

  it("recognises a role line under a byline", () => {
    expect(isBylineRole("Associated Press")).toBe(true);
    expect(isBylineRole("The vote was close.")).toBe(false);
  });
});
