"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addParticipantAction } from "@/app/(app)/training/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

/** Adds a participant: a user of the gemeente, or a guest by name with the partner organisation they come from. */
export function ParticipantForm({
  trackId,
  members,
  partners,
}: {
  trackId: number;
  members: Option[];
  partners: Option[];
}) {
  const t = useTranslations("training.participants");
  const [state, action] = useActionState<FormState, FormData>(
    addParticipantAction.bind(null, trackId),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-4 rounded-ik border border-line p-4">
      <h3 className="text-lg">{t("addTitle")}</h3>
      <ErrorSummary
        state={state}
        labels={{ userId: t("user"), guestName: t("guestName"), partnerOrganisationId: t("guestPartner") }}
      />
      <SelectField
        name="userId"
        label={t("user")}
        hint={t("userHint")}
        options={members}
        placeholder={t("noUser")}
        optional
        state={state}
      />
      <p className="text-sm">{t("or")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="guestName" label={t("guestName")} optional state={state} />
        <SelectField
          name="partnerOrganisationId"
          label={t("guestPartner")}
          options={partners}
          placeholder={t("noPartner")}
          optional
          state={state}
        />
      </div>
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("adding")}>
          {t("add")}
        </SubmitButton>
      </div>
    </form>
  );
}
