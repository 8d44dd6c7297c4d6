"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createPartnerOrganisation, updatePartnerOrganisation } from "@/db/queries/partners";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import { partnerOrganisationSchema } from "@/lib/validation/partners";
import { invalidForm, refusedForm } from "@/lib/validation/respond";

export async function createPartnerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(partnerOrganisationSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createPartnerOrganisation(parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/admin/partners");
  redirect("/admin/partners?opgeslagen=1");
}

export async function updatePartnerAction(partnerId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(partnerOrganisationSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updatePartnerOrganisation({ partnerId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/admin/partners", "layout");
  redirect("/admin/partners?opgeslagen=1");
}
