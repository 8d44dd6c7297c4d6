"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type CreatedApiKey, createApiKey, revokeApiKey } from "@/db/queries/api-keys";
import { requireViewer } from "@/lib/auth/viewer";
import { apiKeySchema } from "@/lib/validation/api-keys";
import { type FormState, parseForm } from "@/lib/validation/form";
import { invalidForm, refusedForm } from "@/lib/validation/respond";

export async function createApiKeyAction(
  _prev: FormState<CreatedApiKey>,
  formData: FormData,
): Promise<FormState<CreatedApiKey>> {
  await requireViewer();
  const parsed = parseForm(apiKeySchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createApiKey(parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/admin/api-keys");
  // The key itself goes to the browser this once; nothing can show it again.
  return { status: "success", result: result.value };
}

export async function revokeApiKeyAction(keyId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const result = await revokeApiKey({ keyId });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/admin/api-keys", "layout");
  redirect("/admin/api-keys?ingetrokken=1");
}
