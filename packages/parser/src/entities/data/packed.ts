import { brotliCompressSync, brotliDecompressSync, constants } from "node:zlib";

/** Encodes JSON data for a generated module: Brotli-compressed, then base64, so bundlers inline it as a string. */
export function pack(value: unknown): string {
  const json = Buffer.from(JSON.stringify(value), "utf8");
  return brotliCompressSync(json, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: json.length,
    },
  }).toString("base64");
}

/** Decodes what `pack` wrote. */
export function unpack(packed: string): unknown {
  return JSON.parse(brotliDecompressSync(Buffer.from(packed, "base64")).toString("utf8"));
}
