import { validateArticle } from "@news/schema";
import {
  findNodeAtLocation,
  getNodeValue,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
  type Segment,
} from "jsonc-parser/lib/esm/main.js";
import type { ValidationProblem } from "./problem.js";

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    if (text.charCodeAt(index) === 10) line += 1;
  }
  return line;
}

/** `quotes[0].start` back into `["quotes", 0, "start"]`; the root is called `article`. */
function fieldSegments(field: string): Segment[] {
  if (field === "article") return [];
  const segments: Segment[] = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

function withPrefix(prefix: string, field: string): string {
  if (prefix === "") return field;
  return field === "article" ? prefix : `${prefix}${field.startsWith("[") ? "" : "."}${field}`;
}

function checkArticleNode(
  text: string,
  node: Node,
  prefix: string,
  lineOffset: number,
): ValidationProblem[] {
  const result = validateArticle(getNodeValue(node));
  if (result.ok) return [];
  return result.errors.map((issue) => {
    const located = findNodeAtLocation(node, fieldSegments(issue.path));
    const offset = (located ?? node).offset;
    return {
      line: lineOffset + lineAt(text, offset),
      field: withPrefix(prefix, issue.path),
      code: "schema",
      message: issue.message,
    };
  });
}

function syntaxProblems(
  text: string,
  errors: ParseError[],
  lineOffset: number,
): ValidationProblem[] {
  return errors.slice(0, 1).map((error) => ({
    line: lineOffset + lineAt(text, error.offset),
    code: "json",
    message: `invalid JSON: ${printParseErrorCode(error.error)}`,
  }));
}

/**
 * Checks a JSON document holding one article or an array of articles against the schema
 * (shape and invariants), reporting each problem with the line of the offending field.
 */
export function checkJsonArticles(
  text: string,
  lineOffset = 0,
): { problems: ValidationProblem[]; articles: number } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || tree === undefined) {
    const problems = syntaxProblems(text, errors, lineOffset);
    return {
      problems: problems.length > 0 ? problems : [{ code: "json", message: "empty JSON file" }],
      articles: 0,
    };
  }
  if (tree.type === "array") {
    const items = tree.children ?? [];
    const problems = items.flatMap((item, index) =>
      checkArticleNode(text, item, `[${index}]`, lineOffset),
    );
    return { problems, articles: items.length };
  }
  return { problems: checkArticleNode(text, tree, "", lineOffset), articles: 1 };
}

/** Checks newline-delimited JSON: one article per non-empty line. */
export function checkNdjsonArticles(text: string): {
  problems: ValidationProblem[];
  articles: number;
} {
  const problems: ValidationProblem[] = [];
  let articles = 0;
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    articles += 1;
    problems.push(...checkJsonArticles(line, index).problems);
  });
  return { problems, articles };
}
