// How the Markdown of shared pages is read: raw HTML is never rendered, but shown as the text someone typed, so a
// "<script>" stays visible and inert instead of silently disappearing.

import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

type MarkdownNode = { type: string; value?: string; children?: MarkdownNode[] };

/** Parents whose children are blocks: raw HTML there becomes a paragraph of text, elsewhere a piece of text. */
const BLOCK_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

function htmlToText(node: MarkdownNode) {
  if (!node.children) return;
  node.children = node.children.map((child) => {
    if (child.type !== "html") {
      htmlToText(child);
      return child;
    }
    const text = { type: "text", value: child.value ?? "" };
    return BLOCK_PARENTS.has(node.type) ? { type: "paragraph", children: [text] } : text;
  });
}

/** A remark plugin: every raw HTML node of the Markdown tree becomes plain text. */
export function remarkHtmlAsText() {
  return (tree: MarkdownNode) => {
    htmlToText(tree);
  };
}

/** Nodes whose children are separate blocks or cells: their texts are kept apart by a space. */
const SPACED = new Set(["root", "blockquote", "list", "listItem", "table", "tableRow", "footnoteDefinition"]);

function plain(node: MarkdownNode): string {
  if (node.type === "break") return " ";
  if (typeof node.value === "string") return node.value;
  const parts = (node.children ?? []).map(plain);
  return parts.join(SPACED.has(node.type) ? " " : "");
}

/** The words of a Markdown text without its syntax, for an excerpt in a list: "**vet**" reads as "vet". */
export function markdownPlainText(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as MarkdownNode;
  return plain(tree).replace(/\s+/g, " ").trim();
}
