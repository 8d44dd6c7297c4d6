"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { judgeTrackGoals } from "@/db/queries/training-overview";
import { requireViewer } from "@/lib/auth/viewer";
import { goalJudgementSchema } from "@/lib/validation/coaching";
import { parseForm } from "@/lib/validation/form";
import { invalidForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import type { VersionedFormState } from "@/lib/validation/versions";

export async function judgeGoalsAction(
  trackId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(goalJudgementSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await judgeTrackGoals({ trackId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath("/training", "layout");
  redirect(`/training/${trackId}/overview?beoordeeld=1`);
}
