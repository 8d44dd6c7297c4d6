"use client";
import { useTranslations } from "next-intl";
import { createSessionLessonAction } from "@/app/(app)/programmes/[programmeId]/reflections/actions";
import { type Option, SelectField } from "@/components/ui/field";
import { LessonFormFrame } from "./lesson-form-frame";

// The field id carries a prefix: on a session's page this form sits beside others.
const FINDING_ID = "lesson-findingId";

/** A lesson from a session: programme and session come with the form, a finding of the programme may be chosen. */
export function SessionLessonForm({
  programmeId,
  sessionId,
  findings,
}: {
  programmeId: number;
  sessionId: number;
  findings: Option[];
}) {
  const t = useTranslations("lessons");
  return (
    <LessonFormFrame
      action={createSessionLessonAction.bind(null, programmeId, sessionId)}
      record={`session-${sessionId}`}
      linkFields={{ findingId: { id: FINDING_ID, label: t("finding") } }}
    >
      {(state) => (
        <SelectField
          id={FINDING_ID}
          name="findingId"
          label={t("finding")}
          hint={t("findingHintSession")}
          optional
          options={findings}
          placeholder={t("noLink")}
          state={state}
        />
      )}
    </LessonFormFrame>
  );
}
