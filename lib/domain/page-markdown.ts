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

/** The parser for plain text, set up once: combining the syntax extensions costs more than parsing a short text. */
const plainTextParser = unified().use(remarkParse).use(remarkGfm).freeze();

/** The words of a Markdown text without its syntax, for an excerpt in a list: "**vet**" reads as "vet". */
export function markdownPlainText(markdown: string): string {
  const tree = plainTextParser.parse(markdown) as MarkdownNode;
  return plain(tree).replace(/\s+/g, " ").trim();
}

/** The first words of a text, cut at a space, with "…" when there is more. */
export function excerptOf(text: string, max = 220): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(" ", max);
  return `${text.slice(0, space > 0 ? space : max)}…`;
}

/**
 * Excerpts of Markdown texts, by the text itself: what a text reads as never changes, so an excerpt found once holds
 * in every process for as long as it is kept. A list shows the same texts to everyone who opens it, and parsing them
 * again for every request was most of what a page of lessons cost. Only the most recently used ones are kept.
 */
const excerpts = new Map<string, string>();
const EXCERPTS_KEPT = 1000;

/** The first lines of a Markdown text without its syntax, for a list. */
export function markdownExcerpt(markdown: string): string {
  const known = excerpts.get(markdown);
  if (known !== undefined) {
    // Most recently used last, so that the one unused longest goes first when the map is full.
    excerpts.delete(markdown);
    excerpts.set(markdown, known);
    return known;
  }
  const excerpt = excerptOf(markdownPlainText(markdown));
  excerpts.set(markdown, excerpt);
  if (excerpts.size > EXCERPTS_KEPT) excerpts.delete(excerpts.keys().next().value as string);
  return excerpt;
}
