// How the Markdown of shared pages is read: raw HTML is never rendered, but shown as the text someone typed, so a
// "<script>" stays visible and inert instead of silently disappearing.

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
