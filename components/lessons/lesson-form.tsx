"use client";
import { useTranslations } from "next-intl";
import { createLessonAction } from "@/app/(app)/lessons/actions";
import { type Option, SelectField } from "@/components/ui/field";
import { LessonFormFrame } from "./lesson-form-frame";

// Field ids carry a prefix, as in the session's form (session-lesson-form.tsx).
const ids = { programmeId: "lesson-programmeId", sessionId: "lesson-sessionId", findingId: "lesson-findingId" };

/** A lesson from the library: the programme, session and finding are chosen. */
export type LessonLinks = {
  programmes: Option[];
  sessions: Option[];
  findings: Option[];
  preset: { programmeId?: string; sessionId?: string };
  gemeenteWide: boolean;
};

export function LessonForm({ links }: { links: LessonLinks }) {
  const t = useTranslations("lessons");
  return (
    <LessonFormFrame
      action={createLessonAction}
      record="library"
      linkFields={{
        programmeId: { id: ids.programmeId, label: t("programme") },
        sessionId: { id: ids.sessionId, label: t("session") },
        findingId: { id: ids.findingId, label: t("finding") },
      }}
    >
      {(state) => (
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
      )}
    </LessonFormFrame>
  );
}
