"use client";
// The conflict view's merge: for every part where the user's text and the saved one differ, a choice between "mijn
// versie", "hun versie" and both. The choices write merged Markdown into the user's text box, which they check and
// save; nobody has to type Markdown to combine two versions.
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { changedCount, type MergeChoice, mergeParts, mergeText } from "@/lib/domain/block-merge";

const CHOICES: MergeChoice[] = ["mine", "theirs", "both"];

function Blocks({ label, blocks, empty }: { label: string; blocks: string[]; empty: string }) {
  return (
    <figure className="flex min-w-0 flex-col gap-1">
      <figcaption className="text-sm font-semibold">{label}</figcaption>
      <div className="min-h-11 rounded-ik border border-line bg-page p-2 font-mono text-sm break-words whitespace-pre-wrap">
        {blocks.length ? blocks.join("\n\n") : <span className="font-sans text-muted italic">{empty}</span>}
      </div>
    </figure>
  );
}

export function BlockMerge({ mine, theirs, textareaId }: { mine: string; theirs: string; textareaId: string }) {
  const t = useTranslations("pages.merge");
  const parts = useMemo(() => mergeParts(mine, theirs), [mine, theirs]);
  const count = changedCount(parts);
  const [choices, setChoices] = useState<MergeChoice[]>(() => Array.from({ length: count }, () => "mine"));
  const [applied, setApplied] = useState(false);

  const choose = (index: number, choice: MergeChoice) => {
    const next = choices.map((current, i) => (i === index ? choice : current));
    setChoices(next);
    const textarea = document.getElementById(textareaId);
    if (!(textarea instanceof HTMLTextAreaElement)) return;
    textarea.value = mergeText(parts, next);
    // The draft and anything else that follows the text hear of it as if it were typed.
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
    setApplied(true);
  };

  let index = -1;
  return (
    <section aria-labelledby="merge-title" className="max-w-5xl" data-draft-skip>
      <h2 id="merge-title" className="text-2xl">
        {t("title")}
      </h2>
      {count === 0 ? (
        <p className="mt-1">{t("same")}</p>
      ) : (
        <>
          <p className="mt-1 mb-3 max-w-3xl">{t("intro")}</p>
          <ol className="flex flex-col gap-4">
            {parts.map((part) => {
              if (part.kind === "same") return null;
              index++;
              const at = index;
              const legend = t("part", { number: at + 1, count });
              return (
                <li key={at}>
                  <fieldset className="rounded-ik border-2 border-line p-3">
                    <legend className="px-1 font-semibold">{legend}</legend>
                    <div className="grid gap-3 md:grid-cols-2">
                      <Blocks label={t("mineText")} blocks={part.mine} empty={t("nothing")} />
                      <Blocks label={t("theirsText")} blocks={part.theirs} empty={t("nothing")} />
                    </div>
                    <div className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
                      {CHOICES.map((choice) => (
                        <label key={choice} className="flex min-h-11 items-center gap-2">
                          <input
                            type="radio"
                            // Not part of the page: the choices only shape the text in the text box.
                            form="merge-choices"
                            name={`merge-${at}`}
                            value={choice}
                            checked={choices[at] === choice}
                            onChange={() => choose(at, choice)}
                            className="h-5 w-5"
                          />
                          {t(choice)}
                        </label>
                      ))}
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <p role="status" className="mt-3 font-semibold empty:hidden">
            {applied ? t("applied") : ""}
          </p>
        </>
      )}
    </section>
  );
}
