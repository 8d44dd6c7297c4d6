"use client";
// Linking one of the viewer's programmes to the opgave it serves.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { linkProgrammeAction } from "@/app/(app)/opgaven/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function LinkProgrammeForm({
  opgaveId,
  programmes,
}: {
  opgaveId: number;
  programmes: { id: number; name: string }[];
}) {
  const t = useTranslations("opgaven.programmes");
  const [state, action] = useActionState<FormState, FormData>(
    linkProgrammeAction.bind(null, opgaveId),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="mt-4 flex max-w-2xl flex-col gap-4">
      <ErrorSummary state={state} labels={{ programmeId: t("choose") }} />
      <SelectField
        name="programmeId"
        label={t("choose")}
        hint={t("chooseHint")}
        options={programmes.map((p) => ({ value: String(p.id), label: p.name }))}
        placeholder={t("choosePlaceholder")}
        state={state}
      />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("linking")}>
          {t("link")}
        </SubmitButton>
      </div>
    </form>
  );
}
