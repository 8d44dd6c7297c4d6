"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  createReflectionSessionAction,
  updateReflectionSessionAction,
} from "@/app/(app)/programmes/[programmeId]/reflections/actions";
import { CheckboxGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

/** A session's details; `version` is the saved version the form edits (a save from an older one shows both). */
export type SessionDetails = { id: number; title: string; heldOn: string; guests: string; version: number };

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
  const [state, action] = useActionState<VersionedFormState, FormData>(
    session
      ? updateReflectionSessionAction.bind(null, programmeId, session.id)
      : createReflectionSessionAction.bind(null, programmeId),
    initialFormState,
  );
  const check = useVersionCheck(state, session?.version ?? 0);
  const compared: ComparedField[] = [
    { name: "title", label: t("sessionTitle") },
    { name: "heldOn", label: t("heldOn"), day: true },
    { name: "participantIds", label: t("participants"), options: candidates },
    { name: "guests", label: t("guests") },
  ];
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(compared.map((field) => [field.name, field.label]))}
      />
      {session ? <VersionCheck check={check} values={state.values} fields={compared} /> : null}
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
