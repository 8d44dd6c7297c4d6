"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { conflictOf, measurementProblemsOf, problemsOf } from "@/db/queries/measurement-rules";
import { correctMeasurement, type SavedMeasurement, withdrawMeasurement } from "@/db/queries/measurements";
import { requireViewer } from "@/lib/auth/viewer";
import { numberForInput } from "@/lib/domain/number-text";
import { type FormState, parseForm, submittedValues } from "@/lib/validation/form";
import {
  measurementCorrectionSchema,
  measurementParts,
  measurementWithdrawalSchema,
} from "@/lib/validation/indicators";
import { problemsForm, withProblems } from "@/lib/validation/problems";
import { invalidForm, refusedForm } from "@/lib/validation/respond";

type Ids = { programmeId: number; indicatorId: number; measurementId: number };

/** What someone else saved while the user corrected or withdrew: their values, as the form shows them. */
export type MeasurementConflict = {
  version: number;
  saved: { measuredOn: string; value: string; note: string; withdrawn: boolean };
};

export type MeasurementState = FormState<{ conflict: MeasurementConflict }>;

const indicatorPage = ({ programmeId, indicatorId }: Ids) => `/programmes/${programmeId}/indicators/${indicatorId}`;

async function refused(result: Parameters<typeof problemsOf>[0], formData: FormData): Promise<MeasurementState> {
  const problems = problemsOf(result);
  if (problems) return problemsForm(problems, submittedValues(formData));
  const state = await refusedForm<{ conflict: MeasurementConflict }>(
    result as { error: string; field?: string },
    formData,
  );
  const conflict = conflictOf<SavedMeasurement>(result);
  if (!conflict) return state;
  const { saved } = conflict;
  return {
    ...state,
    result: { conflict: { version: conflict.version, saved: { ...saved, value: numberForInput(saved.value) } } },
  };
}

/** Corrects a measurement for a reason; the indicator page then shows the new value and keeps the old one in its history. */
export async function correctMeasurementAction(ids: Ids, _prev: MeasurementState, formData: FormData) {
  await requireViewer();
  const parsed = parseForm(measurementCorrectionSchema, formData);
  if (!parsed.success) {
    const also = await measurementProblemsOf(ids, measurementParts(parsed.values));
    return withProblems(await invalidForm<{ conflict: MeasurementConflict }>(parsed), also);
  }
  const result = await correctMeasurement(ids, parsed.data);
  if (!result.ok) return refused(result, formData);
  revalidatePath(`/programmes/${ids.programmeId}`, "layout");
  // The screen of the table that holds the corrected measurement, newest first.
  redirect(`${indicatorPage(ids)}?meting=gecorrigeerd&rij=${ids.measurementId}#metingen`);
}

/** Withdraws a measurement for a reason; it counts nowhere any more and its day may be measured again. */
export async function withdrawMeasurementAction(ids: Ids, _prev: MeasurementState, formData: FormData) {
  await requireViewer();
  const parsed = parseForm(measurementWithdrawalSchema, formData);
  if (!parsed.success) return invalidForm<{ conflict: MeasurementConflict }>(parsed);
  const result = await withdrawMeasurement(ids, parsed.data);
  if (!result.ok) return refused(result, formData);
  revalidatePath(`/programmes/${ids.programmeId}`, "layout");
  redirect(`${indicatorPage(ids)}?meting=ingetrokken#metingen`);
}
