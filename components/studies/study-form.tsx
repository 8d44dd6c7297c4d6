"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { createStudyAction, updateStudyAction } from "@/app/(app)/programmes/[programmeId]/studies/actions";
import { Button } from "@/components/ui/button";
import { RadioGroupField } from "@/components/ui/choice-fields";
import { DraftBanner, useFormDraft } from "@/components/ui/draft-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { STUDY_METHODS, STUDY_STATUSES } from "@/lib/domain/constants";
import { EVIDENCE_SCALE } from "@/lib/domain/evidence";
import {
  MAX_REPORTS,
  reportTitleField,
  reportUrlField,
  submittedReportLines,
} from "@/lib/validation/field-names/studies";
import { type FormState, initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

export type StudyValues = {
  id: number;
  title: string;
  researchQuestion: string;
  method: string;
  startDate: string;
  endDate: string;
  status: string;
  ownerId: string;
  summary: string;
  evidenceStrength: string;
  reports: { title: string; url: string }[];
  /** The saved version this form edits; a save from an older one is refused and shows both. */
  version: number;
};

/** How many report rows a failed submit had, so none of what was typed disappears. */
function submittedRows(state: FormState<unknown>) {
  let rows = 0;
  for (const key of Object.keys(state.values ?? {})) {
    const match = /^report(?:Title|Url)-(\d+)$/.exec(key);
    if (match) rows = Math.max(rows, Number(match[1]) + 1);
  }
  return rows;
}

export function StudyForm({
  programmeId,
  study,
  owners,
  defaultOwnerId,
}: {
  programmeId: number;
  study?: StudyValues;
  owners: Option[];
  defaultOwnerId: number;
}) {
  const t = useTranslations("programmes.studies");
  const evidence = useTranslations("programmes.evidence");
  const draft = useFormDraft({
    form: study ? "study-edit" : "study-new",
    record: study ? study.id : `programme-${programmeId}`,
    version: study?.version ?? 0,
  });
  const [state, action] = useActionState<VersionedFormState, FormData>(
    draft.wrap(study ? updateStudyAction.bind(null, programmeId, study.id) : createStudyAction.bind(null, programmeId)),
    initialFormState,
  );
  const check = useVersionCheck(state, study?.version ?? 0);
  const saved = study?.reports ?? [];
  const [rows, setRows] = useState(Math.min(MAX_REPORTS, saved.length + 1));
  const shown = Math.min(MAX_REPORTS, Math.max(rows, submittedRows(state)));
  const added = useRef(false);
  useEffect(() => {
    // After "add a report", put the keyboard in the new row's first field.
    if (added.current) document.getElementById(reportTitleField(rows - 1))?.focus();
    added.current = false;
  }, [rows]);

  const reportLabels: Record<string, string> = {};
  for (let index = 0; index < shown; index++) {
    reportLabels[reportTitleField(index)] = t("reportTitle", { number: index + 1 });
    reportLabels[reportUrlField(index)] = t("reportUrl", { number: index + 1 });
  }

  const methods = STUDY_METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) }));
  const statuses = STUDY_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }));
  const strengths = [
    { value: "", label: evidence("noStrength") },
    ...EVIDENCE_SCALE.map(({ strength, rank }) => ({
      value: strength,
      label: `${evidence("scaleLevel", { rank, label: evidence(`strength.${strength}`) })}: ${evidence(
        `strengthMeaning.${strength}`,
      )}`,
    })),
  ];
  const compared: ComparedField[] = [
    { name: "title", label: t("studyTitle") },
    { name: "researchQuestion", label: t("researchQuestion") },
    { name: "method", label: t("method"), options: methods },
    { name: "startDate", label: t("startDate"), day: true },
    { name: "endDate", label: t("endDate"), day: true },
    { name: "status", label: t("status"), options: statuses },
    { name: "ownerId", label: t("owner"), options: owners },
    { name: "summary", label: t("summary") },
    { name: "evidenceStrength", label: t("evidenceStrength"), options: strengths },
    { name: "reports", label: t("reports"), mine: submittedReportLines },
  ];

  return (
    <form {...draft.form} action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <DraftBanner draft={draft} />
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={{ ...Object.fromEntries(compared.map((field) => [field.name, field.label])), ...reportLabels }}
      />
      {study ? <VersionCheck check={check} values={state.values} fields={compared} /> : null}
      <TextField name="title" label={t("studyTitle")} hint={t("titleHint")} defaultValue={study?.title} state={state} />
      <TextAreaField
        name="researchQuestion"
        label={t("researchQuestion")}
        hint={t("researchQuestionHint")}
        rows={3}
        defaultValue={study?.researchQuestion}
        state={state}
      />
      <SelectField
        name="method"
        label={t("method")}
        options={methods}
        placeholder={t("chooseMethod")}
        defaultValue={study?.method ?? ""}
        state={state}
      />
      <fieldset className="flex flex-col gap-4 rounded-ik border border-line p-4">
        <legend className="px-1 text-lg font-semibold">{t("period")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="startDate"
            type="date"
            label={t("startDate")}
            optional
            defaultValue={study?.startDate ?? ""}
            state={state}
          />
          <TextField
            name="endDate"
            type="date"
            label={t("endDate")}
            optional
            defaultValue={study?.endDate ?? ""}
            state={state}
          />
        </div>
      </fieldset>
      <RadioGroupField
        name="status"
        label={t("status")}
        options={statuses}
        defaultValue={study?.status ?? "gepland"}
        state={state}
      />
      <SelectField
        name="ownerId"
        label={t("owner")}
        hint={t("ownerHint")}
        options={owners}
        placeholder={t("chooseOwner")}
        defaultValue={study?.ownerId ?? String(defaultOwnerId)}
        state={state}
      />
      <TextAreaField
        name="summary"
        label={t("summary")}
        hint={t("summaryHint")}
        optional
        rows={4}
        defaultValue={study?.summary}
        state={state}
      />
      <RadioGroupField
        name="evidenceStrength"
        label={t("evidenceStrength")}
        hint={t("evidenceStrengthHint")}
        optional
        options={strengths}
        defaultValue={study?.evidenceStrength ?? ""}
        state={state}
      />
      <fieldset className="flex flex-col gap-4 rounded-ik border border-line p-4">
        <legend className="px-1 text-lg font-semibold">
          {t("reports")} <span className="text-base font-normal text-muted">{t("optionalPart")}</span>
        </legend>
        <p className="text-sm">{t("reportsHint")}</p>
        {Array.from({ length: shown }, (_, index) => (
          <div
            // Rows are only ever added at the end, so the position is a stable key.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            key={index}
            className="grid gap-3 border-t border-line pt-3 first-of-type:border-t-0 first-of-type:pt-0 sm:grid-cols-2"
          >
            <TextField
              name={reportTitleField(index)}
              label={t("reportTitle", { number: index + 1 })}
              optional
              defaultValue={saved[index]?.title}
              state={state}
            />
            <TextField
              name={reportUrlField(index)}
              type="url"
              inputMode="url"
              label={t("reportUrl", { number: index + 1 })}
              hint={t("reportUrlHint")}
              optional
              defaultValue={saved[index]?.url}
              state={state}
            />
          </div>
        ))}
        {shown < MAX_REPORTS ? (
          <div>
            <Button
              variant="secondary"
              onClick={() => {
                added.current = true;
                setRows(shown + 1);
              }}
            >
              {t("addReport")}
            </Button>
          </div>
        ) : null}
      </fieldset>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{study ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
