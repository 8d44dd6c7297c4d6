// The one renderer of a page's Markdown, for the page itself and the preview while editing. Safe by construction:
// raw HTML is shown as text, URLs go through react-markdown's allow-list (javascript:, data: and the like become
// empty) and the HTML that comes out is sanitised once more with rehype-sanitize's GitHub-like schema.
import type { ComponentProps } from "react";
import Markdown, { type Components, defaultUrlTransform } from "react-markdown";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkBreaks from "remark-breaks";
import remarkGfm from "remark-gfm";
import { remarkHtmlAsText } from "@/lib/domain/page-markdown";
import type { MarkdownLabels } from "./markdown-labels";

export { type MarkdownLabels, markdownLabels } from "./markdown-labels";

// remark-rehype already prefixes footnote ids (and the links to them) with "user-content-"; a second prefix from
// the sanitiser would break those links. Raw HTML never reaches the tree, so no other ids can be set by a user.
const SANITIZE = { ...defaultSchema, clobberPrefix: "" };

const PROSE =
  "max-w-3xl break-words [&>*:first-child]:mt-0 [&_h2]:mt-6 [&_h2]:text-2xl [&_h3]:mt-5 [&_h3]:text-xl " +
  "[&_h4]:mt-4 [&_h4]:text-lg [&_h4]:font-bold [&_h5]:mt-4 [&_h5]:font-bold [&_h6]:mt-4 [&_h6]:font-bold " +
  "[&_p]:mt-3 [&_ul]:mt-3 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:mt-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:mt-1 " +
  "[&_.contains-task-list]:list-none [&_.contains-task-list]:pl-0 [&_blockquote]:mt-3 [&_blockquote]:border-l-4 " +
  "[&_blockquote]:border-line [&_blockquote]:pl-4 [&_pre]:mt-3 [&_pre]:whitespace-pre-wrap [&_pre]:rounded-ik " +
  "[&_pre]:bg-surface [&_pre]:p-3 [&_code]:font-mono [&_code]:text-[0.95em] [&_hr]:my-6 [&_hr]:border-line " +
  "[&_th]:border-b-2 [&_th]:border-ink [&_th]:px-3 [&_th]:py-1 [&_th]:text-left [&_td]:border-b " +
  "[&_td]:border-line [&_td]:px-3 [&_td]:py-1 [&_.footnotes]:mt-6 [&_.footnotes]:border-t " +
  "[&_.footnotes]:border-line [&_.footnotes]:text-sm";

type Level = 1 | 2 | 3 | 4 | 5 | 6;

function components(labels: MarkdownLabels, topHeading: Level): Components {
  // A "#" heading in the text becomes `topHeading` (below the headings of the page around it), "##" one lower, and so on.
  const heading = (level: Level) => {
    const Tag = `h${Math.min(6, topHeading + level - 1)}` as "h2";
    return ({ node: _node, ...props }: ComponentProps<"h2"> & { node?: unknown }) => <Tag {...props} />;
  };
  return {
    h1: heading(1),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    h5: heading(5),
    h6: heading(6),
    // A task list's boxes are shown, not used: they say in words whether they are ticked.
    input: ({ node: _node, ...props }) => (
      <input {...props} aria-label={props.checked ? labels.taskDone : labels.taskOpen} className="mr-2 h-4 w-4" />
    ),
    // An image from elsewhere is not loaded by itself (no tracking pixels): it becomes a link to the image.
    img: ({ src, alt }) =>
      typeof src === "string" && src ? (
        <a href={src}>
          {labels.image}: {alt || src}
        </a>
      ) : (
        <span>{alt}</span>
      ),
    table: ({ node: _node, ...props }) => (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard.
      <section className="mt-3 overflow-x-auto" tabIndex={0} aria-label={labels.table}>
        <table className="border-collapse" {...props} />
      </section>
    ),
  };
}

/**
 * With `lineBreaks`, a new line is a new line, as a person typing without knowing Markdown expects: for texts such as
 * lessons that were written as plain text before they could be formatted.
 */
export function PageMarkdown({
  markdown,
  labels,
  lineBreaks = false,
  topHeading = 2,
}: {
  markdown: string;
  labels: MarkdownLabels;
  lineBreaks?: boolean;
  /** The level of the text's own top headings: one below the heading the text stands under (a page's h1). */
  topHeading?: Level;
}) {
  return (
    <div className={PROSE}>
      <Markdown
        remarkPlugins={lineBreaks ? [remarkGfm, remarkBreaks, remarkHtmlAsText] : [remarkGfm, remarkHtmlAsText]}
        remarkRehypeOptions={{
          footnoteLabel: labels.footnotes,
          footnoteBackLabel: (referenceIndex) => labels.footnoteBack(referenceIndex + 1),
        }}
        rehypePlugins={[[rehypeSanitize, SANITIZE]]}
        urlTransform={defaultUrlTransform}
        components={components(labels, topHeading)}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
