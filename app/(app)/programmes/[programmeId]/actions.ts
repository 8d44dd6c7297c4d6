"use server";
import { revalidatePath } from "next/cache";
import { advancePhase } from "@/db/queries/programme-cycle";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import { phaseChangeSchema } from "@/lib/validation/programmes";
import { invalidForm, refusedForm } from "@/lib/validation/respond";

export async function advancePhaseAction(
  programmeId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(phaseChangeSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await advancePhase({ programmeId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  return { status: "success" };
}
