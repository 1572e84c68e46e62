import type { SnippetPart } from "@news/schema";

/** A search snippet as plain text nodes; matches become <mark>. Never parsed as markup. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className="snippet">
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </p>
  );
}
