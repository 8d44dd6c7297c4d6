"use server";
import { revalidatePath } from "next/cache";
import { changeRole, createUser, resetPassword, setUserActive } from "@/db/queries/users";
import { requirePermission } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { changeRoleSchema, createUserSchema } from "@/lib/validation/users";

export type CreatedUser = { userId: number; name: string; email: string; password: string | null };

export async function createUserAction(
  _prev: FormState<CreatedUser>,
  formData: FormData,
): Promise<FormState<CreatedUser>> {
  await requirePermission("users.manage");
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

export async function changeRoleAction(userId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requirePermission("users.manage");
  const parsed = parseForm(changeRoleSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await changeRole({ userId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/admin/users", "layout");
  return { status: "success" };
}

export async function setUserActiveAction(userId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requirePermission("users.manage");
  const result = await setUserActive({ userId }, formData.get("active") === "true");
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/admin/users", "layout");
  return { status: "success" };
}

export async function resetPasswordAction(
  userId: number,
  _prev: FormState<{ password: string }>,
  formData: FormData,
): Promise<FormState<{ password: string }>> {
  await requirePermission("users.manage");
  const result = await resetPassword({ userId });
  if (!result.ok) return refusedForm(result, formData);
  return { status: "success", result: result.value };
}
