"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listHref } from "@/components/lists/active-filter";
import { problemsOf } from "@/db/queries/measurement-rules";
import { createReportingPeriod, createReportingPeriods, deleteReportingPeriod } from "@/db/queries/reporting-periods";
import { assignIndicators, endAssignment } from "@/db/queries/reporting-setup";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm, submittedValues } from "@/lib/validation/form";
import { parsePeriodFilter, periodFilterSearch } from "@/lib/validation/list-filters";
import { problemsForm } from "@/lib/validation/problems";
import { assignmentSchema, customPeriodSchema, periodSeriesSchema } from "@/lib/validation/reporting";
import { invalidForm, refusedForm } from "@/lib/validation/respond";

const reportingPath = (programmeId: number) => `/programmes/${programmeId}/reporting`;

/** Succeeds with an empty form and a confirmation; the page behind it shows the new assignments. */
export async function assignIndicatorsAction(
  programmeId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(assignmentSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await assignIndicators({ programmeId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(reportingPath(programmeId));
  const t = await getTranslations("reportingManage.forms");
  return { status: "success", message: t("assigned", { count: result.value.assigned }) };
}

export async function addPeriodSeriesAction(
  programmeId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(periodSeriesSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createReportingPeriods({ programmeId }, parsed.data);
  if (!result.ok) {
    const problems = problemsOf(result);
    return problems ? problemsForm(problems, submittedValues(formData)) : refusedForm(result, formData);
  }
  revalidatePath(reportingPath(programmeId));
  const t = await getTranslations("reportingManage.forms");
  return { status: "success", message: t("seriesAdded", { count: result.value.created }) };
}

export async function addCustomPeriodAction(
  programmeId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(customPeriodSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createReportingPeriod({ programmeId }, parsed.data);
  if (!result.ok) {
    const problems = problemsOf(result);
    return problems ? problemsForm(problems, submittedValues(formData)) : refusedForm(result, formData);
  }
  revalidatePath(reportingPath(programmeId));
  const t = await getTranslations("reportingManage.forms");
  return { status: "success", message: t("customAdded") };
}

/** Back to the list as it was filtered, saying the assignment ended. */
export async function endAssignmentAction(
  programmeId: number,
  assignmentId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await endAssignment({ programmeId, assignmentId });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(reportingPath(programmeId));
  redirect(listHref(reportingPath(programmeId), { gestopt: 1 }));
}

/** Back to the list with the filter it was deleted from (sent along as partner, status, pagina). */
export async function deletePeriodAction(
  programmeId: number,
  periodId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await deleteReportingPeriod({ programmeId, periodId });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(reportingPath(programmeId));
  const filter = parsePeriodFilter(submittedValues(formData));
  redirect(listHref(reportingPath(programmeId), { ...periodFilterSearch(filter), verwijderd: 1 }));
}
