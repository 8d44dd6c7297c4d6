"use server";
// The partner's actions on its report of one period: values, narrative, findings and lessons, documents, handing in.
// Every one sends the version of the report the page showed; the data layer checks who may, and the version.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { MutationResult } from "@/db/queries/result";
import { addSubmissionDocument, removeSubmissionDocument } from "@/db/queries/submission-documents";
import {
  addSubmissionInsight,
  removeSubmissionInsight,
  updateSubmissionInsight,
} from "@/db/queries/submission-insights";
import { submitSubmission } from "@/db/queries/submission-steps";
import { removeSubmissionValue, saveSubmissionNarrative, saveSubmissionValue } from "@/db/queries/submission-values";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, type Parsed, parseForm, submittedValues } from "@/lib/validation/form";
import {
  findingInsightSchema,
  type InsightInput,
  lessonInsightSchema,
  MAX_DOCUMENT_BYTES,
  narrativeSchema,
  type SubmissionStepInput,
  submissionStepSchema,
  submissionValueSchema,
} from "@/lib/validation/reporting";
import { invalidForm } from "@/lib/validation/respond";
import { type ReportFormState, refreshReport, refusedReport } from "./respond";

type Ids = { programmeId: number; periodId: number };

const reportPath = ({ programmeId, periodId }: Ids) => `/programmes/${programmeId}/reporting/${periodId}`;

async function saved(key: "value" | "narrative" | "insight" | "document"): Promise<ReportFormState> {
  refreshReport();
  const t = await getTranslations("partnerReport.saved");
  return { status: "success", message: t(key) };
}

/** Saves one part of the report from its form: checked input to the data layer, its answer in the form's shape. */
async function savePart<T>(
  part: Parameters<typeof saved>[0],
  parsed: Parsed<T>,
  save: (input: T) => Promise<MutationResult<unknown>>,
  formData: FormData,
): Promise<ReportFormState> {
  if (!parsed.success) return invalidForm<ReportFormState["result"]>(parsed);
  const result = await save(parsed.data);
  return result.ok ? saved(part) : refusedReport(result, formData);
}

/**
 * Removes one part of the report (a value, a finding or lesson, a document): the form sends only the report's version.
 * A removal answers in the shape of a one-button form: a message, nothing to compare.
 */
async function removePart(
  formData: FormData,
  remove: (input: SubmissionStepInput) => Promise<MutationResult<unknown>>,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(submissionStepSchema, formData);
  if (!parsed.success) return invalidForm(parsed, "versionMissing");
  const result = await remove(parsed.data);
  if (result.ok) {
    refreshReport();
    return { status: "success" } satisfies FormState;
  }
  const { result: _conflict, ...state } = await refusedReport(result, formData);
  return state satisfies FormState;
}

export async function saveValueAction(periodId: number, _prev: ReportFormState, formData: FormData) {
  await requireViewer();
  const parsed = parseForm(submissionValueSchema, formData);
  return savePart("value", parsed, (input) => saveSubmissionValue({ periodId }, input), formData);
}

export async function removeValueAction(
  periodId: number,
  valueId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return removePart(formData, (input) => removeSubmissionValue({ periodId, valueId }, input));
}

export async function saveNarrativeAction(periodId: number, _prev: ReportFormState, formData: FormData) {
  await requireViewer();
  const parsed = parseForm(narrativeSchema, formData);
  return savePart("narrative", parsed, (input) => saveSubmissionNarrative({ periodId }, input), formData);
}

/** A finding about an assumption or a lesson: the form says which in a hidden field. */
function parseInsight(formData: FormData): Parsed<InsightInput> {
  return formData.get("kind") === "lesson"
    ? parseForm(lessonInsightSchema, formData)
    : parseForm(findingInsightSchema, formData);
}

export async function addInsightAction(periodId: number, _prev: ReportFormState, formData: FormData) {
  await requireViewer();
  return savePart("insight", parseInsight(formData), (input) => addSubmissionInsight({ periodId }, input), formData);
}

export async function updateInsightAction(
  periodId: number,
  insightId: number,
  _prev: ReportFormState,
  formData: FormData,
) {
  await requireViewer();
  const parsed = parseInsight(formData);
  return savePart("insight", parsed, (input) => updateSubmissionInsight({ periodId, insightId }, input), formData);
}

export async function removeInsightAction(
  periodId: number,
  insightId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return removePart(formData, (input) => removeSubmissionInsight({ periodId, insightId }, input));
}

/** One uploaded file; its size is checked here too, since the browser's check can be skipped. */
export async function addDocumentAction(periodId: number, _prev: ReportFormState, formData: FormData) {
  await requireViewer();
  const parsed = parseForm(submissionStepSchema, formData);
  if (!parsed.success) return invalidForm<ReportFormState["result"]>(parsed, "versionMissing");
  const file = formData.get("document");
  const chosen = file instanceof File && file.name !== "" ? file : null;
  if (!chosen || chosen.size > MAX_DOCUMENT_BYTES) {
    const [t, validation] = await Promise.all([
      getTranslations("partnerReport.documents"),
      getTranslations("validation"),
    ]);
    const message = chosen ? validation("documentTooLarge") : t("chooseFile");
    const state: ReportFormState = { status: "error", fieldErrors: { document: [message] } };
    return { ...state, values: submittedValues(formData) };
  }
  const content = new Uint8Array(await chosen.arrayBuffer());
  const result = await addSubmissionDocument(
    { periodId },
    { fileName: chosen.name, content, version: parsed.data.version },
  );
  return result.ok ? saved("document") : refusedReport(result, formData);
}

export async function removeDocumentAction(
  periodId: number,
  documentId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return removePart(formData, (input) => removeSubmissionDocument({ periodId, documentId }, input));
}

/** Hands the whole report in; the page then shows it read-only, waiting for the gemeente. */
export async function submitReportAction(ids: Ids, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(submissionStepSchema, formData);
  if (!parsed.success) return invalidForm(parsed, "versionMissing");
  const result = await submitSubmission({ periodId: ids.periodId }, parsed.data);
  if (!result.ok) {
    const { result: _conflict, ...state } = await refusedReport(result, formData);
    return state;
  }
  refreshReport();
  redirect(`${reportPath(ids)}?stap=ingediend`);
}
