"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createLessonAction } from "@/app/(app)/lessons/actions";
import { createSessionLessonAction } from "@/app/(app)/programmes/[programmeId]/reflections/actions";
import { DraftBanner, useFormDraft } from "@/components/ui/draft-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField } from "@/components/ui/field";
import { useFlashAction } from "@/components/ui/page-flash";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";
import { LESSON_FIELD_IDS, LessonTextFields, useLessonFieldLabels } from "./lesson-fields";

// Field ids carry a prefix: on a session's page this form sits beside others.
const ids = {
  ...LESSON_FIELD_IDS,
  programmeId: "lesson-programmeId",
  sessionId: "lesson-sessionId",
  findingId: "lesson-findingId",
};

export type LessonLinks =
  /** From the library: the programme, session and finding are chosen. */
  | {
      kind: "library";
      programmes: Option[];
      sessions: Option[];
      findings: Option[];
      preset: { programmeId?: string; sessionId?: string };
      gemeenteWide: boolean;
    }
  /** From a session: programme and session come with the form, a finding of the programme may be chosen. */
  | { kind: "session"; programmeId: number; sessionId: number; findings: Option[] };

export function LessonForm({ links }: { links: LessonLinks }) {
  const t = useTranslations("lessons");
  const textLabels = useLessonFieldLabels();
  const flash = useFlashAction<FormState>(
    links.kind === "session"
      ? createSessionLessonAction.bind(null, links.programmeId, links.sessionId)
      : createLessonAction,
  );
  const draft = useFormDraft({
    form: "lesson-new",
    record: links.kind === "session" ? `session-${links.sessionId}` : "library",
    version: 0,
  });
  const [state, action] = useActionState<FormState, FormData>(draft.wrap(flash.action), initialFormState);
  return (
    <form {...draft.form} action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <DraftBanner draft={draft} />
      <ErrorSummary
        state={state}
        fieldIds={ids}
        labels={{
          ...textLabels,
          programmeId: t("programme"),
          sessionId: t("session"),
          findingId: t("finding"),
        }}
      />
      <LessonTextFields state={state} />
      {links.kind === "library" ? (
        <fieldset className="flex flex-col gap-4 rounded-ik border border-line p-4">
          <legend className="px-1 font-semibold">{t("linksLegend")}</legend>
          <p className="text-sm text-muted">{t("linksHint")}</p>
          <SelectField
            id={ids.programmeId}
            name="programmeId"
            label={t("programme")}
            optional={links.gemeenteWide}
            options={links.programmes}
            placeholder={links.gemeenteWide ? t("wholeGemeente") : t("chooseProgramme")}
            defaultValue={links.preset.programmeId ?? ""}
            state={state}
          />
          <SelectField
            id={ids.sessionId}
            name="sessionId"
            label={t("session")}
            hint={t("sessionHint")}
            optional
            options={links.sessions}
            placeholder={t("noLink")}
            defaultValue={links.preset.sessionId ?? ""}
            state={state}
          />
          <SelectField
            id={ids.findingId}
            name="findingId"
            label={t("finding")}
            hint={t("findingHint")}
            optional
            options={links.findings}
            placeholder={t("noLink")}
            state={state}
          />
        </fieldset>
      ) : (
        <SelectField
          id={ids.findingId}
          name="findingId"
          label={t("finding")}
          hint={t("findingHintSession")}
          optional
          options={links.findings}
          placeholder={t("noLink")}
          state={state}
        />
      )}
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("create")}</SubmitButton>
      </div>
    </form>
  );
}
