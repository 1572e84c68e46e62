import { describe, expect, it } from "vitest";
import { decodeInput } from "./decode.js";
import { ParseError } from "./errors.js";
import { normaliseText } from "./normalise.js";

const TEXT = "Café “quotes” £5\nSecond line";

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

const read = (bytes: Uint8Array) => {
  const decoded = decodeInput(bytes, 1_000_000);
  return { ...decoded, text: normaliseText(decoded.text) };
};

describe("decodeInput and normaliseText", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(read(Buffer.from(TEXT, "utf8"))).toMatchObject({ text: TEXT, encoding: "utf-8" });
  });

  it("reads UTF-8 with a BOM and drops the BOM", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")]);
    expect(read(bytes)).toMatchObject({ text: TEXT, encoding: "utf-8-bom" });
  });

  it.each([
    ["utf-16le", true],
    ["utf-16be", false],
  ] as const)("reads %s with a BOM", (encoding, littleEndian) => {
    expect(read(utf16(TEXT, littleEndian))).toMatchObject({ text: TEXT, encoding });
  });

  it("reads bytes that are not UTF-8 as Latin-1", () => {
    const bytes = Buffer.from("Caf\xe9 costs \xa35", "latin1");
    expect(read(bytes)).toMatchObject({ text: "Café costs £5", encoding: "latin1" });
  });

  it("reads Windows-1252 curly quotes", () => {
    const bytes = Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9]);
    expect(read(bytes)).toMatchObject({ text: "“Hi” é", encoding: "windows-1252" });
  });

  it.each([
    ["CRLF", "One\r\nTwo\r\n\r\nThree"],
    ["CR", "One\rTwo\r\rThree"],
    ["LF", "One\nTwo\n\nThree"],
  ])("normalises %s line ends to LF", (_, text) => {
    expect(normaliseText(text)).toBe("One\nTwo\n\nThree");
  });

  it("normalises NFD to NFC", () => {
    const nfd = "Cafe\u0301 Zu\u0308rich";
    expect(normaliseText(nfd)).toBe("Café Zürich");
    expect(normaliseText(nfd)).toBe(nfd.normalize("NFC"));
  });

  it("hashes the raw bytes and counts them", () => {
    const bytes = Buffer.from(TEXT, "utf8");
    const decoded = decodeInput(bytes, 1_000_000);
    expect(decoded.bytes).toBe(bytes.length);
    expect(decoded.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(decodeInput(TEXT, 1_000_000).sha256).toBe(decoded.sha256);
  });

  it.each([
    ["empty", ""],
    ["empty", "\n \t\n"],
    ["empty", "\u200b\u200b\ufeff\n"],
    ["binary", "text\u0000more"],
    ["binary", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010\u0011 x"],
  ])("refuses %s input", (code, text) => {
    expect(() => normaliseText(text)).toThrow(expect.objectContaining({ code }));
  });

  it("refuses broken UTF-16 with a decode error", () => {
    const oddLength = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]);
    expect(() => decodeInput(oddLength, 100)).toThrow(expect.objectContaining({ code: "decode" }));
    const loneSurrogate = new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]);
    expect(() => decodeInput(loneSurrogate, 100)).toThrow(
      expect.objectContaining({ code: "decode" }),
    );
  });

  it("reads UTF-16 without a BOM", () => {
    const bytes = utf16("Title\n\nSome text here.", true).subarray(2);
    expect(read(bytes)).toMatchObject({ text: "Title\n\nSome text here.", encoding: "utf-16le" });
  });

  it("refuses input over maxBytes", () => {
    expect(() => decodeInput(new Uint8Array(11), 10)).toThrow(ParseError);
    expect(() => decodeInput("é".repeat(6), 10)).toThrow(
      expect.objectContaining({ code: "too-large" }),
    );
  });
});
