"use client";
import { useTranslations } from "next-intl";
import { lazy, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { MarkdownToolbar, useMarkdownFormatting } from "@/components/ui/markdown-toolbar";
import type { FormState } from "@/lib/validation/form";

// The renderer (react-markdown with its plugins) and its words are loaded when the preview is first asked for, not
// with the form.
const MarkdownPreview = lazy(() =>
  import("./markdown-preview").then((module) => ({ default: module.MarkdownPreview })),
);

/**
 * A Markdown text (a page, a lesson), with a formatting toolbar and a preview. The textarea stays in the form (only hidden)
 * while the preview shows, so what was typed is kept and still sent when the form is saved from the preview.
 */
export function MarkdownField({
  name,
  id,
  label,
  hint,
  defaultValue,
  state,
  optional = true,
  rows = 16,
  lineBreaks = false,
}: {
  name: string;
  id?: string;
  label: string;
  hint?: string;
  defaultValue?: string;
  state?: FormState<unknown>;
  optional?: boolean;
  rows?: number;
  /** The text is shown with every new line kept (see PageMarkdown): the preview shows it that way too. */
  lineBreaks?: boolean;
}) {
  const t = useTranslations("pages.form");
  const fieldId = id ?? name;
  const [preview, setPreview] = useState<string | null>(null);
  const formatting = useMarkdownFormatting(fieldId);

  const toggle = () => {
    if (preview !== null) {
      setPreview(null);
      return;
    }
    const textarea = document.getElementById(fieldId);
    setPreview(textarea instanceof HTMLTextAreaElement ? textarea.value : "");
  };

  return (
    <div className="flex flex-col gap-2">
      <div hidden={preview !== null}>
        <TextAreaField
          name={name}
          id={fieldId}
          label={label}
          hint={hint}
          optional={optional}
          rows={rows}
          defaultValue={defaultValue}
          state={state}
          className="max-w-3xl font-mono text-sm"
          above={<MarkdownToolbar textareaId={fieldId} apply={formatting.apply} preload={formatting.preload} />}
          onKeyDown={formatting.onKeyDown}
          onFocus={formatting.preload}
        />
      </div>
      {preview !== null ? (
        <section aria-label={t("previewTitle")} className="max-w-3xl">
          <p className="font-semibold">{t("previewTitle")}</p>
          <div className="mt-1 min-h-40 rounded-ik border-2 border-line p-4">
            {preview.trim() ? (
              <Suspense fallback={<p className="text-muted">{t("previewLoading")}</p>}>
                <MarkdownPreview markdown={preview} lineBreaks={lineBreaks} />
              </Suspense>
            ) : (
              <p className="text-muted">{t("previewEmpty")}</p>
            )}
          </div>
        </section>
      ) : null}
      <div>
        <Button variant="secondary" onClick={toggle} className="min-h-9 px-3 py-1 text-sm">
          {preview !== null ? t("hidePreview") : t("showPreview")}
        </Button>
      </div>
    </div>
  );
}
