"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveColourAction } from "@/app/(app)/admin/gemeente/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

/** The gemeente's colour as #rrggbb; refused next to the field when white text on it would be hard to read. */
export function BrandColourForm({ colour, version }: { colour: string | null; version: number }) {
  const t = useTranslations("admin.gemeente.colour");
  const [state, action] = useActionState<VersionedFormState, FormData>(saveColourAction, initialFormState);
  const check = useVersionCheck(state, version);
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary state={state} title={check.summaryTitle} labels={{ brandColour: t("label") }} />
      <VersionCheck check={check} values={state.values} fields={[{ name: "brandColour", label: t("label") }]} />
      <TextField
        name="brandColour"
        label={t("label")}
        hint={t("hint")}
        optional
        autoComplete="off"
        spellCheck={false}
        className="max-w-40 font-mono"
        defaultValue={colour ?? ""}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
