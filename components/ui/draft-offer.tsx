"use client";
// The offer of a draft that was not saved (see draft-form.tsx), loaded when a form finds one: "Terugzetten" puts it
// in the form, "Weggooien" drops it.
import { useFormatter, useTranslations } from "next-intl";
import type { DraftValues } from "@/lib/domain/drafts";
import { Button } from "./button";
import { type Control, controls, type FormDraft } from "./draft-form";

/** Puts a draft back into the fields; returns the first field that changed, to move the focus to. */
export function writeValues(form: HTMLFormElement, values: DraftValues): Control | null {
  let first: Control | null = null;
  for (const control of controls(form)) {
    const value = values[control.name];
    if (value === undefined) continue;
    if (control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio")) {
      const checked = (Array.isArray(value) ? value : [value]).includes(control.value);
      if (control.checked !== checked) {
        control.checked = checked;
        first ??= control;
      }
    } else {
      const text = Array.isArray(value) ? (value[0] ?? "") : value;
      if (control.value !== text) {
        control.value = text;
        first ??= control;
        // Parts of a field that follow its text (a preview, a counter) hear about it as if it were typed.
        control.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }
  }
  return first;
}

export function DraftOffer({ draft }: { draft: FormDraft }) {
  const t = useTranslations("forms.draft");
  const format = useFormatter();
  const { offer } = draft;
  if (!offer) return null;
  return (
    <div className="flex flex-col gap-3 rounded-ik border-l-4 border-ink bg-warning-surface p-4">
      <p>{t("offer", { time: format.dateTime(new Date(offer.savedAt), "dateTime") })}</p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => draft.restore(writeValues)}>{t("restore")}</Button>
        <Button variant="secondary" onClick={draft.discard}>
          {t("discard")}
        </Button>
      </div>
    </div>
  );
}
