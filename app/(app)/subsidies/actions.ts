"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createSubsidyApplication, decideSubsidyApplication } from "@/db/queries/subsidy-applications";
import {
  archiveSubsidyFramework,
  createSubsidyFramework,
  restoreSubsidyFramework,
  updateSubsidyFramework,
} from "@/db/queries/subsidy-changes";
import { withdrawSubsidyApplication } from "@/db/queries/subsidy-withdrawals";
import { requireViewer } from "@/lib/auth/viewer";
import { archiveSchema } from "@/lib/validation/archive";
import { type FormState, parseForm } from "@/lib/validation/form";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import {
  applicationSchema,
  decisionSchema,
  frameworkEditSchema,
  frameworkSchema,
  withdrawalSchema,
} from "@/lib/validation/subsidies";
import type { VersionedFormState } from "@/lib/validation/versions";

export async function createFrameworkAction(
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(frameworkSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createSubsidyFramework(parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/subsidies");
  redirect(`/subsidies/${result.value.frameworkId}?opgeslagen=1`);
}

export async function updateFrameworkAction(
  frameworkId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(frameworkEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateSubsidyFramework({ frameworkId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath("/subsidies");
  redirect(`/subsidies/${frameworkId}?opgeslagen=1`);
}

export async function archiveFrameworkAction(
  frameworkId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(archiveSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await archiveSubsidyFramework({ frameworkId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/subsidies");
  redirect(`/subsidies/${frameworkId}?gearchiveerd=1`);
}

export async function restoreFrameworkAction(
  frameworkId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await restoreSubsidyFramework({ frameworkId });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/subsidies");
  redirect(`/subsidies/${frameworkId}?teruggezet=1`);
}

export async function applyAction(frameworkId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(applicationSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createSubsidyApplication({ frameworkId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/subsidies/${frameworkId}`);
  redirect(`/subsidies/${frameworkId}/applications/${result.value.applicationId}?ingediend=1`);
}

export async function decideAction(
  frameworkId: number,
  applicationId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(decisionSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await decideSubsidyApplication({ applicationId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/subsidies/${frameworkId}`);
  redirect(`/subsidies/${frameworkId}/applications/${applicationId}?besloten=1`);
}

export async function withdrawApplicationAction(
  frameworkId: number,
  applicationId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(withdrawalSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await withdrawSubsidyApplication({ applicationId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/subsidies/${frameworkId}`);
  redirect(`/subsidies/${frameworkId}/applications/${applicationId}?ingetrokken=1`);
}
