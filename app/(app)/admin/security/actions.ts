"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { setMfaRequired } from "@/db/queries/mfa-setting";
import { setSsoRequired } from "@/db/queries/security-settings";
import { requireViewer, signedInWithSso } from "@/lib/auth/viewer";
import { parseForm } from "@/lib/validation/form";
import { mfaSettingSchema } from "@/lib/validation/mfa";
import { invalidForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import { ssoRequirementSchema } from "@/lib/validation/security";
import type { VersionedFormState } from "@/lib/validation/versions";

export async function setSsoRequiredAction(_prev: VersionedFormState, formData: FormData): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(ssoRequirementSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await setSsoRequired(parsed.data, { viaSso: await signedInWithSso() });
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath("/admin/security");
  redirect("/admin/security?opgeslagen=sso");
}

export async function setMfaRequiredAction(_prev: VersionedFormState, formData: FormData): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(mfaSettingSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await setMfaRequired(parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath("/admin/security");
  return { status: "success" };
}
