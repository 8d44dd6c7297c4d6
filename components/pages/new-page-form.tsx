"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createPageAction } from "@/app/(app)/pages/actions";
import { DraftBanner, useFormDraft } from "@/components/ui/draft-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";
import { MarkdownField } from "./markdown-field";

/**
 * Adds a page, for the whole gemeente or under a programme. Someone who may not write gemeente-wide pages (a
 * partner) must choose one of their programmes.
 */
export function NewPageForm({
  programmes,
  wholeGemeente,
  programmeId,
}: {
  programmes: { id: number; name: string }[];
  wholeGemeente: boolean;
  programmeId: number | null;
}) {
  const t = useTranslations("pages.form");
  const draft = useFormDraft({ form: "page-new", record: programmeId ?? "gemeente", version: 0 });
  const [state, action] = useActionState<FormState, FormData>(draft.wrap(createPageAction), initialFormState);
  const preset = programmeId ?? (!wholeGemeente && programmes.length === 1 ? programmes[0]?.id : undefined);
  return (
    <form {...draft.form} action={action} noValidate className="flex max-w-3xl flex-col gap-5">
      <ErrorSummary state={state} labels={{ title: t("title"), programmeId: t("programme"), body: t("body") }} />
      <DraftBanner draft={draft} />
      <TextField name="title" label={t("title")} hint={t("titleHint")} autoComplete="off" state={state} />
      <SelectField
        name="programmeId"
        label={t("programme")}
        hint={wholeGemeente ? t("programmeHint") : t("programmeHintPartner")}
        optional={wholeGemeente}
        required={!wholeGemeente}
        options={programmes.map((p) => ({ value: String(p.id), label: p.name }))}
        placeholder={wholeGemeente ? t("noProgramme") : t("chooseProgramme")}
        defaultValue={preset ? String(preset) : ""}
        state={state}
      />
      <MarkdownField name="body" label={t("body")} hint={t("bodyHint")} state={state} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("create")}</SubmitButton>
      </div>
    </form>
  );
}
