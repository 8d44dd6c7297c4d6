"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  archiveAgreedEffect,
  correctAgreedEffect,
  createAgreedEffect,
  restoreAgreedEffect,
} from "@/db/queries/agreed-effect-changes";
import { createIndicator } from "@/db/queries/indicators";
import { problemsOf } from "@/db/queries/measurement-rules";
import { addMilestone, archiveMilestone, changeMilestone, saveChangePlan } from "@/db/queries/veranderplan-changes";
import { requireViewer } from "@/lib/auth/viewer";
import { archiveSchema } from "@/lib/validation/archive";
import { type FormState, parseForm, submittedValues } from "@/lib/validation/form";
import { indicatorSchema } from "@/lib/validation/indicators";
import { programmeOpgaveSchema } from "@/lib/validation/opgaven";
import { problemsForm } from "@/lib/validation/problems";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import {
  agreedEffectCorrectionSchema,
  agreedEffectSchema,
  changePlanEditSchema,
  milestoneEditSchema,
  milestoneSchema,
} from "@/lib/validation/veranderplan";
import type { VersionedFormState } from "@/lib/validation/versions";

const planPath = (opgaveId: number) => `/opgaven/${opgaveId}/veranderplan`;

function done(opgaveId: number, flag: string, anchor = ""): never {
  revalidatePath(`/opgaven/${opgaveId}`, "layout");
  redirect(`${planPath(opgaveId)}?${flag}=1${anchor}`);
}

export async function saveChangePlanAction(
  opgaveId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(changePlanEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await saveChangePlan({ opgaveId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  done(opgaveId, "opgeslagen");
}

export async function addMilestoneAction(opgaveId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(milestoneSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await addMilestone({ opgaveId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  done(opgaveId, "mijlpaal", "#mijlpalen");
}

export async function changeMilestoneAction(
  opgaveId: number,
  milestoneId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(milestoneEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await changeMilestone({ opgaveId, milestoneId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  done(opgaveId, "mijlpaalGewijzigd", "#mijlpalen");
}

export async function archiveMilestoneAction(
  opgaveId: number,
  milestoneId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await archiveMilestone({ opgaveId, milestoneId });
  if (!result.ok) return refusedForm(result, formData);
  done(opgaveId, "geschrapt", "#mijlpalen");
}

export async function addAgreedEffectAction(
  opgaveId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(agreedEffectSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createAgreedEffect({ opgaveId }, parsed.data);
  if (!result.ok) {
    const problems = problemsOf(result);
    return problems ? problemsForm(problems, submittedValues(formData)) : refusedForm(result, formData);
  }
  done(opgaveId, "effect", "#effecten");
}

export async function correctAgreedEffectAction(
  opgaveId: number,
  effectId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(agreedEffectCorrectionSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await correctAgreedEffect({ opgaveId, effectId }, parsed.data);
  if (!result.ok) {
    const problems = problemsOf(result);
    return problems ? problemsForm(problems, submittedValues(formData)) : refusedVersionedForm(result, formData);
  }
  done(opgaveId, "gecorrigeerd", "#effecten");
}

export async function archiveAgreedEffectAction(
  opgaveId: number,
  effectId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(archiveSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await archiveAgreedEffect({ opgaveId, effectId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  done(opgaveId, "gearchiveerd", "#effecten");
}

export async function restoreAgreedEffectAction(
  opgaveId: number,
  effectId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await restoreAgreedEffect({ opgaveId, effectId });
  if (!result.ok) return refusedForm(result, formData);
  done(opgaveId, "teruggezet", "#effecten");
}

/** A new indicator for an agreed effect, through the programme's own indicator write path and its permission. */
export async function addEffectIndicatorAction(
  opgaveId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const programme = parseForm(programmeOpgaveSchema, formData);
  const parsed = parseForm(indicatorSchema, formData);
  const programmeId = programme.success ? programme.data.programmeId : null;
  if (!parsed.success || programmeId === null) {
    const fieldErrors = parsed.success ? {} : parsed.fieldErrors;
    if (programmeId === null) fieldErrors.programmeId = ["chooseProgramme"];
    return invalidForm({ fieldErrors, values: submittedValues(formData) });
  }
  const result = await createIndicator({ programmeId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  done(opgaveId, "indicator", "#effecten");
}
