import { describe, expect, it } from "vitest";
import { wantsColor } from "./terminal.js";

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe("wantsColor", () => {
  it("colours a terminal and not a pipe", () => {
    expect(wantsColor(tty, { TERM: "xterm-256color" })).toBe(true);
    expect(wantsColor(pipe, {})).toBe(false);
    expect(wantsColor(tty, { TERM: "dumb" })).toBe(false);
  });

  it("never colours with NO_COLOR, even when forced", () => {
    expect(wantsColor(tty, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor(pipe, { NO_COLOR: "1", FORCE_COLOR: "1" })).toBe(false);
    expect(wantsColor(tty, { NO_COLOR: "" })).toBe(true);
  });

  it("colours a pipe with FORCE_COLOR, except FORCE_COLOR=0", () => {
    expect(wantsColor(pipe, { FORCE_COLOR: "1" })).toBe(true);
    expect(wantsColor(tty, { FORCE_COLOR: "0" })).toBe(false);
  });
});
