// The one renderer of a page's Markdown, for the page itself and the preview while editing. Safe by construction:
// raw HTML is shown as text, URLs go through react-markdown's allow-list (javascript:, data: and the like become
// empty) and the HTML that comes out is sanitised once more with rehype-sanitize's GitHub-like schema.
import Markdown, { type Components, defaultUrlTransform } from "react-markdown";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { remarkHtmlAsText } from "@/lib/domain/page-markdown";

export type MarkdownLabels = {
  footnotes: string;
  footnoteBack: (number: number) => string;
  taskDone: string;
  taskOpen: string;
  image: string;
  table: string;
};

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

function components(labels: MarkdownLabels): Components {
  // The page title is the h1: headings in the text start one level lower.
  return {
    h1: ({ node: _node, ...props }) => <h2 {...props} />,
    h2: ({ node: _node, ...props }) => <h3 {...props} />,
    h3: ({ node: _node, ...props }) => <h4 {...props} />,
    h4: ({ node: _node, ...props }) => <h5 {...props} />,
    h5: ({ node: _node, ...props }) => <h6 {...props} />,
    h6: ({ node: _node, ...props }) => <h6 {...props} />,
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

export function PageMarkdown({ markdown, labels }: { markdown: string; labels: MarkdownLabels }) {
  return (
    <div className={PROSE}>
      <Markdown
        remarkPlugins={[remarkGfm, remarkHtmlAsText]}
        remarkRehypeOptions={{
          footnoteLabel: labels.footnotes,
          footnoteBackLabel: (referenceIndex) => labels.footnoteBack(referenceIndex + 1),
        }}
        rehypePlugins={[[rehypeSanitize, SANITIZE]]}
        urlTransform={defaultUrlTransform}
        components={components(labels)}
      >
        {markdown}
      </Markdown>
    </div>
  );
}

/** The labels from the "pages.markdown" messages, for a server or a client component's translator. */
export function markdownLabels(t: (key: string, values?: Record<string, number>) => string): MarkdownLabels {
  return {
    footnotes: t("footnotes"),
    footnoteBack: (number) => t("footnoteBack", { number }),
    taskDone: t("taskDone"),
    taskOpen: t("taskOpen"),
    image: t("image"),
    table: t("table"),
  };
}
