// The words the Markdown renderer needs (footnotes, task boxes, images, tables), apart from the renderer itself: an
// editor can pass them on without loading the renderer before its preview is asked for.

export type MarkdownLabels = {
  footnotes: string;
  footnoteBack: (number: number) => string;
  taskDone: string;
  taskOpen: string;
  image: string;
  table: string;
};

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
