"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { anonymiseUser } from "@/db/queries/anonymise";
import { resetMemberMfa } from "@/db/queries/member-mfa";
import { changeRole, createUser, resetPassword, setUserActive } from "@/db/queries/users";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import { anonymiseSchema, changeRoleSchema, createUserSchema, userActiveSchema } from "@/lib/validation/users";
import type { VersionedFormState } from "@/lib/validation/versions";

export type CreatedUser = { memberId: number; name: string; email: string; password: string };

export async function createUserAction(
  _prev: FormState<CreatedUser>,
  formData: FormData,
): Promise<FormState<CreatedUser>> {
  await requireViewer();
  const parsed = parseForm(createUserSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createUser(parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/admin/users");
  return {
    status: "success",
    result: { ...result.value, name: parsed.data.name, email: parsed.data.email },
  };
}

export async function changeRoleAction(
  memberId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(changeRoleSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await changeRole({ memberId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath("/admin/users", "layout");
  return { status: "success" };
}

export async function setUserActiveAction(
  memberId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(userActiveSchema, formData);
  if (!parsed.success) return invalidForm(parsed, "invalid");
  const result = await setUserActive({ memberId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath("/admin/users", "layout");
  return { status: "success" };
}

export async function resetPasswordAction(
  memberId: number,
  _prev: FormState<{ password: string }>,
  formData: FormData,
): Promise<FormState<{ password: string }>> {
  await requireViewer();
  const result = await resetPassword({ memberId });
  if (!result.ok) return refusedForm(result, formData);
  return { status: "success", result: result.value };
}

export async function anonymiseUserAction(memberId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(anonymiseSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await anonymiseUser({ memberId });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/admin", "layout");
  redirect(`/admin/users/${memberId}?gewist=ja`);
}

export async function resetMemberMfaAction(memberId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const result = await resetMemberMfa({ memberId });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/admin/users", "layout");
  redirect(`/admin/users/${memberId}?tweestaps=gereset#tweestaps`);
}
