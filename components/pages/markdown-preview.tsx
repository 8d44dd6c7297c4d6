// The preview of a Markdown field: the renderer with its words, loaded together when the preview is first asked for.
import { useTranslations } from "next-intl";
import { PageMarkdown } from "./markdown";
import { markdownLabels } from "./markdown-labels";

export function MarkdownPreview({ markdown, lineBreaks }: { markdown: string; lineBreaks: boolean }) {
  const m = useTranslations("pages.markdown");
  return <PageMarkdown labels={markdownLabels(m)} markdown={markdown} lineBreaks={lineBreaks} />;
}
