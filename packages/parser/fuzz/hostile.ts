/**
 * Hostile inputs for the parser and the checks every parse must pass. Shared by the short
 * property test (src/fuzz.test.ts) and the long run (fuzz/run.ts, `pnpm fuzz`).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Article, spanText, validateArticle } from "@news/schema";
import fc from "fast-check";

export const PARSE_ERROR_CODES = [
  "empty",
  "binary",
  "too-large",
  "not-an-article",
  "decode",
  "front-matter",
  "io",
] as const;

export type ParserInput = string | Uint8Array;

export interface FuzzOptions {
  format?: "auto" | "text" | "markdown";
  path?: string;
  maxBytes?: number;
  section?: string;
}

/** The slice of @news/parser under test, passed in so the same checks run on src and on dist. */
export interface ParserUnderTest {
  parseArticle(input: ParserInput, options?: FuzzOptions): Article;
  safeParseArticle(
    input: ParserInput,
    options?: FuzzOptions,
  ): { ok: true; article: Article } | { ok: false; error: Error };
  ParseError: abstract new (...args: never[]) => Error;
}

export interface FuzzCase {
  input: ParserInput;
  options: FuzzOptions | undefined;
}

/** Text that breaks naive parsers: quotes, NULs, line ends, bidi controls, combining marks, emoji, lone surrogates. */
export const HOSTILE_TOKENS: readonly string[] = [
  "\0",
  "\0\0\0\0",
  '"',
  '""',
  '"\n"',
  "“",
  "”",
  "‘",
  "’",
  "'",
  "«",
  "»",
  "„",
  "‹",
  "›",
  "「",
  "」",
  "\r",
  "\r\n",
  "\n\r",
  "\n\n\n",
  "\u2028",
  "\u2029",
  "\u0085",
  "\f",
  "\v",
  "\t",
  "\u202e",
  "\u202d",
  "\u200f",
  "\u200e",
  "\u2066",
  "\u2069",
  "\u0301\u0301\u0301",
  "e\u0301",
  "\u0336",
  "👩‍👩‍👧‍👦",
  "🇮🇳",
  "🏳️‍🌈",
  "\ufeff",
  "\ud800",
  "\udfff",
  "\ufffd",
  "\u00a0",
  "\u200b",
  "مرحبا بالعالم",
  "שלום עולם",
  "日本語のテキスト。",
  "By ",
  "By Jane Doe and ",
  "NEW DELHI, Dec 11 (Reuters) - ",
  "WASHINGTON (CNN) -- ",
  "@highlight\n\n",
  "---\n",
  "---\ntitle: [unclosed\n",
  "---\ndate: 2025-02-30\n---\n",
  "# ",
  "## ",
  "> ",
  "* ",
  "1. ",
  "[link](javascript:alert(1))",
  "<script>alert(1)</script>",
  "</script>",
  "£1.5bn",
  "$",
  "€",
  "5.93 mln",
  "1,234,567",
  "99.9%",
  "1e308",
  "9".repeat(400),
  "Mr. ",
  "U.S.",
  "...",
  "…",
  "—",
  "–",
  "(",
  ")",
  "[",
  "]",
  "\\",
  "__proto__",
  "constructor",
  "hasOwnProperty",
];

const COMBINING_MARKS = ["\u0300", "\u0301", "\u0308", "\u0336", "\u20dd", "\u0489", "\u1dc0"];

/** One edit to a text; positions are taken modulo the length at the time the edit applies. */
export type TextMutation =
  | { kind: "truncate"; at: number }
  | { kind: "delete"; at: number; length: number }
  | { kind: "insert"; at: number; token: string }
  | { kind: "splice"; at: number; from: number; length: number }
  | { kind: "duplicate"; at: number; length: number }
  | { kind: "lineEnds"; style: "crlf" | "cr" | "mixed" | "ls" | "none"; salt: number }
  | { kind: "longLine"; at: number; token: string; times: number }
  | { kind: "combining"; at: number; length: number; salt: number }
  | { kind: "rtl"; at: number; length: number }
  | { kind: "unbalance"; salt: number };

export type ByteMutation =
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; bytes: Uint8Array }
  | { kind: "nulRun"; at: number; length: number }
  | { kind: "flip"; at: number; bit: number }
  | { kind: "invalidUtf8"; at: number; which: number }
  | { kind: "reencode"; encoding: "utf16le" | "utf16be" | "latin1" | "utf8bom" };

const position = fc.nat();
const token = fc.constantFrom(...HOSTILE_TOKENS);

export const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: position }),
  fc.record({ kind: fc.constant("delete" as const), at: position, length: fc.nat(400) }),
  {
    arbitrary: fc.record({ kind: fc.constant("insert" as const), at: position, token }),
    weight: 4,
  },
  fc.record({
    kind: fc.constant("splice" as const),
    at: position,
    from: position,
    length: fc.nat(600),
  }),
  fc.record({ kind: fc.constant("duplicate" as const), at: position, length: fc.nat(300) }),
  fc.record({
    kind: fc.constant("lineEnds" as const),
    style: fc.constantFrom(
      "crlf" as const,
      "cr" as const,
      "mixed" as const,
      "ls" as const,
      "none" as const,
    ),
    salt: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("longLine" as const),
    at: position,
    token,
    times: fc.integer({ min: 50, max: 4000 }),
  }),
  fc.record({
    kind: fc.constant("combining" as const),
    at: position,
    length: fc.nat(200),
    salt: fc.nat(),
  }),
  fc.record({ kind: fc.constant("rtl" as const), at: position, length: fc.nat(300) }),
  fc.record({ kind: fc.constant("unbalance" as const), salt: fc.nat() }),
);

const INVALID_UTF8: readonly (readonly number[])[] = [
  [0xff],
  [0xfe],
  [0xc3],
  [0xe2, 0x80],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xc0, 0xaf],
  [0x80, 0x80, 0x80],
];

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: position }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: position,
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
  fc.record({
    kind: fc.constant("nulRun" as const),
    at: position,
    length: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({ kind: fc.constant("flip" as const), at: position, bit: fc.nat(7) }),
  fc.record({ kind: fc.constant("invalidUtf8" as const), at: position, which: fc.nat() }),
  fc.record({
    kind: fc.constant("reencode" as const),
    encoding: fc.constantFrom(
      "utf16le" as const,
      "utf16be" as const,
      "latin1" as const,
      "utf8bom" as const,
    ),
  }),
);

function at(index: number, length: number): number {
  return length === 0 ? 0 : index % (length + 1);
}

const QUOTE_MARKS = ['"', "“", "”", "‘", "’", "«", "»"];

export function applyTextMutation(text: string, mutation: TextMutation): string {
  const i = at("at" in mutation ? mutation.at : 0, text.length);
  switch (mutation.kind) {
    case "truncate":
      return text.slice(0, i);
    case "delete":
      return text.slice(0, i) + text.slice(i + mutation.length);
    case "insert":
      return text.slice(0, i) + mutation.token + text.slice(i);
    case "splice": {
      const from = at(mutation.from, text.length);
      return text.slice(0, i) + text.slice(from, from + mutation.length) + text.slice(i);
    }
    case "duplicate":
      return text.slice(0, i + mutation.length) + text.slice(i);
    case "lineEnds": {
      if (mutation.style === "crlf") return text.replace(/\r?\n/g, "\r\n");
      if (mutation.style === "cr") return text.replace(/\r?\n/g, "\r");
      if (mutation.style === "ls") return text.replace(/\n/g, "\u2028");
      if (mutation.style === "none") return text.replace(/\r?\n/g, " ");
      let n = mutation.salt;
      return text.replace(/\n/g, () => {
        n = (n * 1103515245 + 12345) >>> 0;
        return ["\n", "\r\n", "\r", "\n\r"][n % 4] ?? "\n";
      });
    }
    case "longLine": {
      // At most ~64 K units: long enough to expose super-linear work, short enough for a million cases.
      const times = Math.min(
        mutation.times,
        Math.ceil(64_000 / Math.max(1, mutation.token.length)),
      );
      return text.slice(0, i) + mutation.token.repeat(times) + text.slice(i);
    }
    case "combining": {
      const end = Math.min(text.length, i + mutation.length);
      let out = "";
      for (let k = i; k < end; k++) {
        out +=
          (text[k] ?? "") + (COMBINING_MARKS[(mutation.salt + k) % COMBINING_MARKS.length] ?? "");
      }
      return text.slice(0, i) + out + text.slice(end);
    }
    case "rtl": {
      const end = Math.min(text.length, i + mutation.length);
      return `${text.slice(0, i)}\u202e${text.slice(i, end)}\u202c${text.slice(end)}`;
    }
    case "unbalance": {
      const marks: number[] = [];
      for (let k = 0; k < text.length; k++) {
        if (QUOTE_MARKS.includes(text[k] ?? "")) marks.push(k);
      }
      if (marks.length === 0) {
        const where = at(mutation.salt, text.length);
        return `${text.slice(0, where)}“${text.slice(where)}`;
      }
      const drop = marks[mutation.salt % marks.length] ?? 0;
      return text.slice(0, drop) + text.slice(drop + 1);
    }
  }
}

function encodeUtf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, !bigEndian);
  for (let k = 0; k < text.length; k++) view.setUint16(2 + 2 * k, text.charCodeAt(k), !bigEndian);
  return bytes;
}

export function applyByteMutation(bytes: Uint8Array, mutation: ByteMutation): Uint8Array {
  const i = at("at" in mutation ? mutation.at : 0, bytes.length);
  const join = (...parts: (Uint8Array | readonly number[])[]) => {
    const total = parts.reduce((sum, part) => sum + part.length, 0);
    const out = new Uint8Array(total);
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  };
  switch (mutation.kind) {
    case "truncate":
      return bytes.slice(0, i);
    case "insert":
      return join(bytes.subarray(0, i), mutation.bytes, bytes.subarray(i));
    case "nulRun":
      return join(bytes.subarray(0, i), new Uint8Array(mutation.length), bytes.subarray(i));
    case "flip": {
      const out = bytes.slice();
      if (i < out.length) out[i] = (out[i] ?? 0) ^ (1 << mutation.bit);
      return out;
    }
    case "invalidUtf8":
      return join(
        bytes.subarray(0, i),
        INVALID_UTF8[mutation.which % INVALID_UTF8.length] ?? [0xff],
        bytes.subarray(i),
      );
    case "reencode": {
      const text = new TextDecoder("utf-8").decode(bytes);
      if (mutation.encoding === "utf16le") return encodeUtf16(text, false);
      if (mutation.encoding === "utf16be") return encodeUtf16(text, true);
      if (mutation.encoding === "utf8bom") return join([0xef, 0xbb, 0xbf], bytes);
      return Uint8Array.from(text, (char) => {
        const code = char.charCodeAt(0);
        return code < 256 ? code : 0x3f;
      });
    }
  }
}

export const fuzzOptions: fc.Arbitrary<FuzzOptions | undefined> = fc.option(
  fc.record(
    {
      format: fc.constantFrom("auto" as const, "text" as const, "markdown" as const),
      path: fc.constantFrom(
        "a.txt",
        "story.md",
        "x/y/z.markdown",
        "cnn/abc.story",
        "weird name <script>.txt",
        "../../etc/passwd",
        "ünïcödé/日本.txt",
      ),
      maxBytes: fc.constantFrom(1, 64, 4096, 1024 * 1024, 5 * 1024 * 1024, 5 * 1024 * 1024),
      section: fc.constantFrom("world", "Sport & Culture", "<b>news</b>", "日本", "a b"),
    },
    { requiredKeys: [] },
  ),
  { freq: 2, nil: undefined },
);

const hostileUnit = fc.oneof(
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 4 },
  { arbitrary: token, weight: 3 },
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom("\n", "\n\n", " ", ". ", ", ", "A", "The ", "said", '"'),
);

/** Arbitrary strings: plain graphemes, all code points, and a mix of hostile tokens and words. */
export const arbitraryText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: hostileUnit, maxLength: 200 }),
);

export const arbitraryBytes: fc.Arbitrary<Uint8Array> = fc.uint8Array({ maxLength: 2048 });

export function textCases(): fc.Arbitrary<FuzzCase> {
  return fc.record({ input: arbitraryText as fc.Arbitrary<ParserInput>, options: fuzzOptions });
}

export function byteCases(): fc.Arbitrary<FuzzCase> {
  return fc.record({ input: arbitraryBytes as fc.Arbitrary<ParserInput>, options: fuzzOptions });
}

/** Real articles, edited: each case is one corpus text with up to 6 text mutations. */
export function corpusTextCases(corpus: readonly Uint8Array[]): fc.Arbitrary<FuzzCase> {
  const texts = corpus.map((bytes) => new TextDecoder("utf-8").decode(bytes));
  return fc
    .tuple(
      fc.nat(texts.length - 1),
      fc.array(textMutation, { minLength: 1, maxLength: 6 }),
      fuzzOptions,
    )
    .map(([index, mutations, options]) => ({
      input: mutations.reduce(applyTextMutation, texts[index] ?? ""),
      options,
    }));
}

/** Real articles, edited as bytes: invalid UTF-8, NULs, truncation mid-character, other encodings. */
export function corpusByteCases(corpus: readonly Uint8Array[]): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(
      fc.nat(corpus.length - 1),
      fc.array(byteMutation, { minLength: 1, maxLength: 4 }),
      fuzzOptions,
    )
    .map(([index, mutations, options]) => ({
      input: mutations.reduce(applyByteMutation, corpus[index] ?? new Uint8Array()),
      options,
    }));
}

function describeError(error: unknown): string {
  if (error instanceof Error)
    return `${error.constructor.name}: ${error.message}\n${error.stack ?? ""}`;
  return `non-Error value thrown: ${String(error)}`;
}

function copy(input: ParserInput): ParserInput {
  return typeof input === "string" ? input : input.slice();
}

function sameBytes(a: ParserInput, b: ParserInput): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  return a.length === b.length && a.every((byte, k) => byte === b[k]);
}

/** Offsets checked directly, on top of validateArticle: each span's slice is its text or a name of its entity. */
function spanProblems(article: Article): string[] {
  const problems: string[] = [];
  article.quotes.forEach((quote, k) => {
    if (spanText(article.blocks, quote) !== quote.text)
      problems.push(`quotes[${k}] does not slice to its text`);
  });
  article.figures.forEach((figure, k) => {
    if (spanText(article.blocks, figure) !== figure.text)
      problems.push(`figures[${k}] does not slice to its text`);
  });
  article.entities.forEach((entity, k) => {
    const forms = new Set([entity.name, ...entity.aliases]);
    entity.mentions.forEach((mention, m) => {
      const slice = spanText(article.blocks, mention);
      if (slice === undefined || !forms.has(slice))
        problems.push(`entities[${k}].mentions[${m}] slices to ${JSON.stringify(slice)}`);
    });
  });
  return problems;
}

export class FuzzFailure extends Error {
  override readonly name = "FuzzFailure";
}

export type CaseOutcome = "article" | `error:${string}`;

/**
 * Parses one case and checks everything the issue promises: only ParseError is thrown (with a
 * known code), every Article passes validateArticle and slices to its texts, survives a JSON
 * round trip, the output is deterministic, the input is not modified and safeParseArticle agrees.
 */
export function checkCase(parser: ParserUnderTest, { input, options }: FuzzCase): CaseOutcome {
  const original = copy(input);
  let first: Article;
  try {
    first = parser.parseArticle(input, options);
  } catch (error) {
    if (!(error instanceof parser.ParseError)) {
      throw new FuzzFailure(
        `parseArticle threw something other than ParseError: ${describeError(error)}`,
      );
    }
    const code = (error as Error & { code?: unknown }).code;
    if (typeof code !== "string" || !(PARSE_ERROR_CODES as readonly string[]).includes(code)) {
      throw new FuzzFailure(
        `ParseError with unknown code ${JSON.stringify(code)}: ${error.message}`,
      );
    }
    if (error.message.length === 0)
      throw new FuzzFailure(`ParseError ${code} has an empty message`);
    // parseArticle wraps an unexpected exception in a ParseError("not-an-article") with the
    // exception as its cause: for a user that is the right answer, for the fuzzer it is a crash.
    const cause: unknown = (error as Error & { cause?: unknown }).cause;
    if (
      code === "not-an-article" &&
      cause instanceof Error &&
      !(cause instanceof parser.ParseError)
    ) {
      throw new FuzzFailure(
        `internal ${describeError(cause)}\n(reported to the user as: ${error.message})`,
      );
    }
    const safe = parser.safeParseArticle(copy(original), options);
    if (safe.ok) throw new FuzzFailure("safeParseArticle succeeded where parseArticle threw");
    return `error:${code}`;
  }
  if (!sameBytes(input, original)) throw new FuzzFailure("parseArticle modified its input");

  const validation = validateArticle(first);
  if (!validation.ok) {
    const lines = validation.errors.map((issue) => `  ${issue.path}: ${issue.message}`);
    throw new FuzzFailure(`Article fails validateArticle:\n${lines.join("\n")}`);
  }
  const problems = spanProblems(first);
  if (problems.length > 0)
    throw new FuzzFailure(`Offsets do not slice:\n  ${problems.join("\n  ")}`);

  const json = JSON.stringify(first);
  const reparsed: unknown = JSON.parse(json);
  if (JSON.stringify(reparsed) !== json || !validateArticle(reparsed).ok) {
    throw new FuzzFailure("Article does not survive a JSON round trip");
  }

  let second: Article;
  try {
    second = parser.parseArticle(copy(original), options);
  } catch (error) {
    throw new FuzzFailure(`second parse of the same input threw: ${describeError(error)}`);
  }
  if (JSON.stringify(second) !== json) throw new FuzzFailure("output is not deterministic");

  const safe = parser.safeParseArticle(copy(original), options);
  if (!safe.ok || JSON.stringify(safe.article) !== json) {
    throw new FuzzFailure("safeParseArticle disagrees with parseArticle");
  }
  return "article";
}

/** Renders a case so a failure report can be pasted into a test. */
export function describeCase({ input, options }: FuzzCase): string {
  const shown =
    typeof input === "string"
      ? `string(${input.length}) ${JSON.stringify(input.length > 600 ? `${input.slice(0, 600)}…` : input)}`
      : `bytes(${input.length}) [${Array.from(input.subarray(0, 200)).join(",")}${input.length > 200 ? ",…" : ""}]`;
  return `input: ${shown}\noptions: ${JSON.stringify(options)}`;
}

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, "../../..");
export const sharedDir = process.env.NEWS_SHARED ?? resolve(repoRoot, "../shared");

function listFiles(dir: string, pattern: RegExp): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

export interface Corpus {
  files: string[];
  bytes: Uint8Array[];
  hasShared: boolean;
}

/**
 * The repository's seeds plus, when ../shared is present, the BBC and CNN files: all of them, or
 * every `stride`-th one (sorted order, so the sample is the same on every machine).
 */
export function loadCorpus(stride = 1): Corpus {
  const seeds = listFiles(join(repoRoot, "seeds"), /\.(txt|md|markdown|story)$/);
  const shared = [
    ...listFiles(join(sharedDir, "corpus", "bbc"), /^\d+\.txt$/),
    ...listFiles(join(sharedDir, "corpus", "cnn"), /\.story$/),
  ].filter((_, index) => index % stride === 0);
  const files = [...seeds, ...shared];
  return {
    files,
    bytes: files.map((file) => new Uint8Array(readFileSync(file))),
    hasShared: shared.length > 0,
  };
}
