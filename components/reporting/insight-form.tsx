"use client";
// A finding about one of the programme's assumptions (what it says about it, and why), or a lesson: added to the
// partner's report, or changed after a comment. A change from an older version of the report shows both versions.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  addInsightAction,
  updateInsightAction,
} from "@/app/(app)/programmes/[programmeId]/reporting/[periodId]/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { VERDICTS } from "@/lib/domain/constants";
import type { InsightKind } from "@/lib/domain/submissions";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

export type InsightValues = {
  title: string;
  body: string;
  assumptionId: string;
  verdict: string;
  evidence: string;
};

export function InsightForm({
  periodId,
  version,
  kind,
  insightId,
  saved,
  assumptions,
}: {
  periodId: number;
  version: number;
  kind: InsightKind;
  /** The insight being changed; none for a new one. */
  insightId?: number;
  saved?: InsightValues;
  assumptions: { id: number; statement: string }[];
}) {
  const t = useTranslations("partnerReport.insights");
  const verdicts = useTranslations("programmes.evidence.verdicts");
  const action = insightId
    ? updateInsightAction.bind(null, periodId, insightId)
    : addInsightAction.bind(null, periodId);
  const [state, formAction] = useActionState<VersionedFormState, FormData>(action, initialFormState);
  const check = useVersionCheck(state, version);
  const prefix = `${kind}-${insightId ?? "new"}`;
  const id = (field: string) => `${prefix}-${field}`;
  const assumptionOptions = assumptions.map((a) => ({ value: String(a.id), label: a.statement }));
  const verdictOptions = VERDICTS.map((v) => ({ value: v, label: verdicts(v) }));
  const finding = kind === "finding";
  const compared: ComparedField[] = [
    { name: "title", label: t("titleField") },
    { name: "body", label: finding ? t("findingBody") : t("lessonBody") },
    ...(finding
      ? [
          { name: "assumptionId", label: t("assumption"), options: assumptionOptions },
          { name: "verdict", label: t("verdict"), options: verdictOptions },
          { name: "evidence", label: t("evidence") },
        ]
      : []),
  ];
  const names = ["title", "body", "assumptionId", "verdict", "evidence"];
  return (
    <form action={formAction} noValidate className="flex max-w-2xl flex-col gap-4">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(compared.map((field) => [field.name, field.label]))}
        fieldIds={Object.fromEntries(names.map((name) => [name, id(name)]))}
      />
      {state.status === "success" && state.message ? (
        <Notice tone="success" role="status">
          {state.message}
        </Notice>
      ) : null}
      <VersionCheck check={check} values={state.values} fields={compared} />
      <input type="hidden" name="kind" value={kind} />
      <TextField id={id("title")} name="title" label={t("titleField")} defaultValue={saved?.title} state={state} />
      <TextAreaField
        id={id("body")}
        name="body"
        label={finding ? t("findingBody") : t("lessonBody")}
        hint={finding ? t("findingBodyHint") : t("lessonBodyHint")}
        rows={4}
        defaultValue={saved?.body}
        state={state}
      />
      {finding ? (
        <>
          <SelectField
            id={id("assumptionId")}
            name="assumptionId"
            label={t("assumption")}
            hint={t("assumptionHint")}
            options={assumptionOptions}
            placeholder={t("chooseAssumption")}
            defaultValue={saved?.assumptionId ?? ""}
            state={state}
          />
          <SelectField
            id={id("verdict")}
            name="verdict"
            label={t("verdict")}
            hint={t("verdictHint")}
            options={verdictOptions}
            placeholder={t("chooseVerdict")}
            defaultValue={saved?.verdict ?? ""}
            state={state}
          />
          <TextAreaField
            id={id("evidence")}
            name="evidence"
            label={t("evidence")}
            hint={t("evidenceHint")}
            optional
            rows={3}
            defaultValue={saved?.evidence}
            state={state}
          />
        </>
      ) : null}
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {insightId ? t("saveChange") : finding ? t("addFinding") : t("addLesson")}
          {insightId && saved ? <span className="sr-only"> {saved.title}</span> : null}
        </SubmitButton>
      </div>
    </form>
  );
}
