"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  createReflectionSessionAction,
  updateReflectionSessionAction,
} from "@/app/(app)/programmes/[programmeId]/reflections/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CheckboxGroupField, type Option, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

export type SessionDetails = { id: number; title: string; heldOn: string; guests: string };

/**
 * Plans a session (the agenda is prepared from the programme when it is saved), or with `session` changes the details
 * of one.
 */
export function ReflectionSessionForm({
  programmeId,
  candidates,
  checked,
  today,
  session,
}: {
  programmeId: number;
  candidates: Option[];
  /** Checked beforehand: the owner and the team, or the session's participants. */
  checked: string[];
  today: string;
  session?: SessionDetails;
}) {
  const t = useTranslations("reflections");
  const [state, action] = useActionState<FormState, FormData>(
    session
      ? updateReflectionSessionAction.bind(null, programmeId, session.id)
      : createReflectionSessionAction.bind(null, programmeId),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        labels={{
          title: t("sessionTitle"),
          heldOn: t("heldOn"),
          participantIds: t("participants"),
          guests: t("guests"),
        }}
      />
      <TextField
        name="title"
        label={t("sessionTitle")}
        hint={t("sessionTitleHint")}
        defaultValue={session?.title}
        state={state}
      />
      <TextField name="heldOn" type="date" label={t("heldOn")} defaultValue={session?.heldOn ?? today} state={state} />
      <CheckboxGroupField
        name="participantIds"
        label={t("participants")}
        hint={t("participantsHint")}
        optional
        options={candidates}
        defaultValues={checked}
        state={state}
      />
      <TextField
        name="guests"
        label={t("guests")}
        hint={t("guestsHint")}
        optional
        defaultValue={session?.guests}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{session ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
