"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createConversationAction, updateConversationAction } from "@/app/(app)/training/[trackId]/coaching/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

export type ConversationValues = {
  id: number;
  participantId: string;
  teamName: string;
  programmeId: string;
  heldOn: string;
  summary: string;
  version: number;
};

/** A coaching conversation: with whom (a participant or a team), about which programme, when, and what was said. */
export function ConversationForm({
  trackId,
  conversation,
  participants,
  programmes,
  today,
}: {
  trackId: number;
  conversation?: ConversationValues;
  participants: Option[];
  programmes: Option[];
  today: string;
}) {
  const t = useTranslations("training.coaching");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    conversation
      ? updateConversationAction.bind(null, trackId, conversation.id)
      : createConversationAction.bind(null, trackId),
    initialFormState,
  );
  const check = useVersionCheck(state, conversation?.version ?? 0);
  const compared: ComparedField[] = [
    { name: "participantId", label: t("participant"), options: participants },
    { name: "teamName", label: t("teamName") },
    { name: "programmeId", label: t("programme"), options: programmes },
    { name: "heldOn", label: t("heldOn"), day: true },
    { name: "summary", label: t("summary") },
  ];
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(compared.map((field) => [field.name, field.label]))}
      />
      {conversation ? <VersionCheck check={check} values={state.values} fields={compared} /> : null}
      <SelectField
        name="participantId"
        label={t("participant")}
        hint={t("participantHint")}
        options={participants}
        placeholder={t("noParticipant")}
        optional
        defaultValue={conversation?.participantId ?? ""}
        state={state}
      />
      <TextField
        name="teamName"
        label={t("teamName")}
        hint={t("teamNameHint")}
        optional
        defaultValue={conversation?.teamName}
        state={state}
      />
      <SelectField
        name="programmeId"
        label={t("programme")}
        hint={t("programmeHint")}
        options={programmes}
        placeholder={t("noProgramme")}
        optional
        defaultValue={conversation?.programmeId ?? ""}
        state={state}
      />
      <TextField
        name="heldOn"
        type="date"
        label={t("heldOn")}
        defaultValue={conversation?.heldOn ?? today}
        state={state}
      />
      <TextAreaField
        name="summary"
        label={t("summary")}
        hint={t("summaryHint")}
        optional
        rows={6}
        defaultValue={conversation?.summary}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{conversation ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
