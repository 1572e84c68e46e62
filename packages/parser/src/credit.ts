const MAX_CREDIT_BLOCK = 400;
const MAX_CREDIT_LENGTH = 250;
/** Unbracketed credit lines are looked for only among the last CREDIT_WINDOW + 1 blocks. */
const CREDIT_WINDOW = 2;

const CREDIT_PATTERNS: readonly RegExp[] = [
  /^[([]?\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|produced|research|fact-checking)(?:\s+and\s+\w+)?\s+by\s/i,
  /\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article|reporting)\s*[.)\]]*$/i,
  /^[([]?\s*with\s+(?:inputs|reporting|additional\s+reporting)\s+from\s/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /^[([]?\s*(?:this|the)\s+(?:story|article|report)\s+has\s+(?:not\s+)?been\s+(?:edited|published|auto-generated)/i,
];

/** Credits close a story, or stand in parentheses: "(Reporting by …; Editing by …)". */
export function isCredit(text: string, fromEnd: number): boolean {
  if (text.length > MAX_CREDIT_BLOCK) return false;
  const bracketed = /^[([].*[)\]]\.?$/s.test(text);
  if (!bracketed && (fromEnd > CREDIT_WINDOW || text.length > MAX_CREDIT_LENGTH)) return false;
  return CREDIT_PATTERNS.some((pattern) => pattern.test(text));
}
