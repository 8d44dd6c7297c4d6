"use client";
// A text field with a readability hint beside it: long sentences, passive voice and policy words, worked out as the
// user types (lib/domain/readability.ts). It only advises; the form saves whatever the hint says.
import { useTranslations } from "next-intl";
import { type ComponentProps, useState } from "react";
import { TextAreaField } from "@/components/ui/field";
import { type ReadabilityHint, readabilityHints } from "@/lib/domain/readability";
import { firstValue } from "@/lib/validation/form";

function HintText({ hint }: { hint: ReadabilityHint }) {
  const t = useTranslations("opgaven.veranderplan.readability");
  if (hint.kind === "longSentence") return <>{t("longSentence", { words: hint.words, excerpt: hint.excerpt })}</>;
  if (hint.kind === "passive") return <>{t("passive", { excerpt: hint.excerpt })}</>;
  return <>{t("jargon", { word: hint.word, alternative: hint.alternative })}</>;
}

export function ReadabilityHints({ text, id }: { text: string; id: string }) {
  const t = useTranslations("opgaven.veranderplan.readability");
  const hints = text.trim() ? readabilityHints(text) : [];
  return (
    <div id={id} className="max-w-xl rounded-ik border-l-4 border-primary bg-info-surface p-3 text-sm">
      <p className="font-semibold" aria-live="polite">
        {hints.length ? t("summary", { count: hints.length }) : t("none")}
      </p>
      {hints.length ? (
        <>
          <ul className="mt-1 list-disc pl-5">
            {hints.map((hint, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: recomputed from the text on every change, never reordered.
              <li key={index}>
                <HintText hint={hint} />
              </li>
            ))}
          </ul>
          <p className="mt-1 text-muted">{t("explain")}</p>
        </>
      ) : null}
    </div>
  );
}

/** A text area whose readability hint follows what is typed. */
export function ReadableTextArea(props: ComponentProps<typeof TextAreaField>) {
  const fieldId = props.id ?? props.name;
  const submitted = firstValue(props.state?.values, props.name);
  const [text, setText] = useState(String(submitted ?? props.defaultValue ?? ""));
  const [shownFor, setShownFor] = useState(submitted);
  // After a refused save the form shows what was sent: so does the hint.
  if (submitted !== shownFor) {
    setShownFor(submitted);
    if (submitted !== undefined) setText(submitted);
  }
  return (
    <div className="flex flex-col gap-2">
      <TextAreaField {...props} onInput={(event) => setText(event.currentTarget.value)} />
      <ReadabilityHints text={text} id={`${fieldId}-readability`} />
    </div>
  );
}
