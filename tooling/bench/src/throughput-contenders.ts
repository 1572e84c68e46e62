import type { CorpusFile } from "./corpus.js";
import { everyNth } from "./corpus.js";

/** The parser and the two anchors its throughput is compared with. */
export const CONTENDER_NAMES = ["ours", "compromise", "floor"] as const;
export type ContenderName = (typeof CONTENDER_NAMES)[number];

export interface Contender {
  /** The files one pass reads: compromise is too slow for the whole corpus. */
  files: (corpus: readonly CorpusFile[]) => readonly CorpusFile[];
  work: (file: CorpusFile) => void;
}

export function isContenderName(name: string): name is ContenderName {
  return (CONTENDER_NAMES as readonly string[]).includes(name);
}

/** Loads only the library the contender needs, so its process holds no other contender's code. */
export async function loadContender(name: ContenderName): Promise<Contender> {
  switch (name) {
    case "ours": {
      const { parseArticle } = await import("@news/parser");
      return {
        files: (corpus) => corpus,
        work: (file) => {
          parseArticle(file.bytes, { path: file.path, section: file.section });
        },
      };
    }
    case "compromise": {
      const { default: nlp } = await import("compromise");
      return {
        files: (corpus) => everyNth(corpus, 20),
        work: (file) => {
          const doc = nlp(file.bytes.toString("utf8"));
          doc.people().out("array");
          doc.places().out("array");
          doc.organizations().out("array");
          doc.quotations().out("array");
        },
      };
    }
    case "floor":
      return {
        files: (corpus) => corpus,
        work: (file) => {
          file.bytes.toString("utf8").match(/[\p{L}\p{N}]+/gu);
        },
      };
  }
}
