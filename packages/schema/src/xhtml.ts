import type { Block } from "./article.js";

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function element(block: Block): string {
  const text = escapeXml(block.text);
  switch (block.type) {
    case "heading": {
      const tag = `h${block.level ?? 2}`;
      return `<${tag}>${text}</${tag}>`;
    }
    case "quote":
      return `<blockquote><p>${text}</p></blockquote>`;
    case "list-item":
      return `<li>${text}</li>`;
    default:
      return `<p>${text}</p>`;
  }
}

/** Renders blocks as an XHTML fragment; consecutive list items share one `<ul>`. */
export function blocksToXhtml(blocks: readonly Block[]): string {
  const parts: string[] = [];
  blocks.forEach((block, index) => {
    const inList = block.type === "list-item";
    if (inList && blocks[index - 1]?.type !== "list-item") parts.push("<ul>");
    parts.push(element(block));
    if (inList && blocks[index + 1]?.type !== "list-item") parts.push("</ul>");
  });
  return parts.join("\n");
}
