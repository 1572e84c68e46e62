import type { SourceFormat, Warning } from "@news/schema";

/**
 * The intermediate form every front stage (text, Markdown, later HTML) produces and the
 * rest of the pipeline reads: a title candidate, metadata the document states about
 * itself, and raw blocks in reading order with their source lines.
 */
export interface Draft {
  format: SourceFormat;
  /** The headline the layout marks as such (first line, `# heading`), if any. */
  title?: SourceText;
  subtitle?: string;
  meta: DocumentMeta;
  blocks: RawBlock[];
  /** Summary lines the source marks as highlights (CNN `@highlight`). Never body text. */
  highlights: string[];
  warnings: Warning[];
}

export interface SourceText {
  text: string;
  /** 1-based line in the normalised source. */
  line: number;
}

/** What the document says about itself, e.g. in YAML front matter. Every field is optional. */
export interface DocumentMeta {
  title?: string;
  subtitle?: string;
  publishedAt?: string;
  updatedAt?: string;
  authors?: string[];
  section?: string;
  tags?: string[];
  summary?: string;
  url?: string;
  language?: string;
}

/**
 * A block before classification. `prose` blocks are decided later (paragraph, byline,
 * credit, cross-link, subheading); the others come already typed by the markup.
 */
export interface RawBlock {
  kind: "prose" | "heading" | "quote" | "list-item";
  text: string;
  line: number;
  level?: number;
  /** Link targets inside the block, in order (Markdown). */
  links?: string[];
  /** Whether the text sat on a line of its own between blank lines (a subheading candidate). */
  standalone?: boolean;
}
