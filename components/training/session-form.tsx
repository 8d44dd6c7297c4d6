"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createSessionAction, updateSessionAction } from "@/app/(app)/training/actions";
import { CheckboxGroupField, RadioGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { attendanceField } from "@/lib/validation/field-names/training";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

export type SessionValues = {
  id: number;
  title: string;
  heldOn: string;
  place: string;
  online: boolean;
  moduleKey: string;
  notes: string;
  version: number;
};

export type AttendanceRow = { id: number; name: string; partnerName: string | null; present: boolean | null };

/** A session of a track: date, place or online, the module treated, notes, and per participant present or absent. */
export function SessionForm({
  trackId,
  session,
  participants,
  modules,
  today,
}: {
  trackId: number;
  session?: SessionValues;
  participants: AttendanceRow[];
  modules: Option[];
  today: string;
}) {
  const t = useTranslations("training.sessions");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    session ? updateSessionAction.bind(null, trackId, session.id) : createSessionAction.bind(null, trackId),
    initialFormState,
  );
  const check = useVersionCheck(state, session?.version ?? 0);
  const presence: Option[] = [
    { value: "aanwezig", label: t("present") },
    { value: "afwezig", label: t("absent") },
    { value: "", label: t("notRecorded") },
  ];
  const compared: ComparedField[] = [
    { name: "title", label: t("title") },
    { name: "heldOn", label: t("heldOn"), day: true },
    { name: "place", label: t("place") },
    { name: "online", label: t("online"), options: [{ value: "1", label: t("onlineYes") }] },
    { name: "moduleKey", label: t("module"), options: modules },
    { name: "notes", label: t("notes") },
    ...participants.map((p) => ({
      name: attendanceField(p.id),
      label: t("attendanceOf", { name: p.name }),
      options: presence,
    })),
  ];
  const presentValue = (p: AttendanceRow) => (p.present === null ? "" : p.present ? "aanwezig" : "afwezig");
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(compared.map((field) => [field.name, field.label]))}
      />
      {session ? <VersionCheck check={check} values={state.values} fields={compared} /> : null}
      <TextField name="title" label={t("title")} hint={t("titleHint")} defaultValue={session?.title} state={state} />
      <TextField name="heldOn" type="date" label={t("heldOn")} defaultValue={session?.heldOn ?? today} state={state} />
      <TextField
        name="place"
        label={t("place")}
        hint={t("placeHint")}
        optional
        defaultValue={session?.place}
        state={state}
      />
      <CheckboxGroupField
        name="online"
        label={t("online")}
        optional
        options={[{ value: "1", label: t("onlineYes") }]}
        defaultValues={session?.online ? ["1"] : []}
        state={state}
      />
      <SelectField
        name="moduleKey"
        label={t("module")}
        options={modules}
        placeholder={t("noModule")}
        optional
        defaultValue={session?.moduleKey ?? ""}
        state={state}
      />
      <fieldset className="flex flex-col gap-4 rounded-ik border border-line p-4">
        <legend className="px-1 text-lg font-semibold">{t("attendance")}</legend>
        {participants.length === 0 ? <p>{t("noParticipants")}</p> : null}
        {participants.map((p) => (
          <RadioGroupField
            key={p.id}
            name={attendanceField(p.id)}
            label={p.partnerName ? `${p.name} (${p.partnerName})` : p.name}
            options={presence}
            defaultValue={presentValue(p)}
            state={state}
          />
        ))}
      </fieldset>
      <TextAreaField
        name="notes"
        label={t("notes")}
        hint={t("notesHint")}
        optional
        rows={5}
        defaultValue={session?.notes}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{session ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
