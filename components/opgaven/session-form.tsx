"use client";
// Planning a strategic session, or changing its details and participants (version-checked).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createSessionAction, updateSessionAction } from "@/app/(app)/strategic-sessions/actions";
import { CheckboxGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

type Saved = {
  id: number;
  title: string;
  heldOn: string;
  agenda: string;
  guests: string;
  userIds: number[];
  partnerOrganisationIds: number[];
  version: number;
};

export function SessionForm({
  session,
  people,
  organisations,
}: {
  session?: Saved;
  people: { id: number; name: string; worksFor: string | null }[];
  organisations: { id: number; name: string }[];
}) {
  const t = useTranslations("opgaven.sessionForm");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    session ? updateSessionAction.bind(null, session.id) : createSessionAction,
    initialFormState,
  );
  const check = useVersionCheck(state, session?.version ?? 1);
  const personOptions = people.map((p) => ({
    value: String(p.id),
    label: p.worksFor ? `${p.name} (${p.worksFor})` : p.name,
  }));
  const organisationOptions = organisations.map((o) => ({ value: String(o.id), label: o.name }));
  const fields: ComparedField[] = [
    { name: "title", label: t("title") },
    { name: "heldOn", label: t("heldOn"), day: true },
    { name: "agenda", label: t("agenda") },
    { name: "guests", label: t("guests") },
    { name: "userIds", label: t("people"), options: personOptions },
    { name: "partnerOrganisationIds", label: t("organisations"), options: organisationOptions },
  ];
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(fields.map((field) => [field.name, field.label]))}
      />
      {session ? <VersionCheck check={check} values={state.values} fields={fields} /> : null}
      <TextField name="title" label={t("title")} hint={t("titleHint")} defaultValue={session?.title} state={state} />
      <TextField name="heldOn" type="date" label={t("heldOn")} defaultValue={session?.heldOn} state={state} />
      <TextAreaField
        name="agenda"
        label={t("agenda")}
        hint={t("agendaHint")}
        optional
        rows={5}
        defaultValue={session?.agenda}
        state={state}
      />
      <CheckboxGroupField
        name="userIds"
        label={t("people")}
        hint={t("peopleHint")}
        optional
        options={personOptions}
        defaultValues={session?.userIds.map(String)}
        state={state}
      />
      <CheckboxGroupField
        name="partnerOrganisationIds"
        label={t("organisations")}
        hint={t("organisationsHint")}
        optional
        options={organisationOptions}
        defaultValues={session?.partnerOrganisationIds.map(String)}
        empty={t("noOrganisations")}
        state={state}
      />
      <TextAreaField
        name="guests"
        label={t("guests")}
        hint={t("guestsHint")}
        optional
        rows={2}
        defaultValue={session?.guests}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{session ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
