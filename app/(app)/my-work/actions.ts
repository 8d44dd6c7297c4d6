"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { completeOwnActionItem } from "@/db/queries/action-items";
import { completeCoachingAction } from "@/db/queries/coaching";
import { requireViewer } from "@/lib/auth/viewer";
import { MY_WORK_SLUGS } from "@/lib/domain/my-work";
import type { FormState } from "@/lib/validation/form";
import { refusedForm } from "@/lib/validation/respond";

/** Where "Klaar" was clicked: the home page, the overview of "Mijn werk" or the full list of action items. */
export type CompletedFrom = "home" | "overview" | "list";

const BACK_TO: Record<CompletedFrom, string> = {
  home: "/?klaar=1",
  overview: "/my-work?klaar=1",
  list: `/my-work?soort=${MY_WORK_SLUGS.actionItems}&klaar=1`,
};

/** "Klaar" on one's own action point in "Mijn werk". */
export async function completeOwnActionItemAction(
  actionItemId: number,
  from: CompletedFrom,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await completeOwnActionItem({ actionItemId });
  if (!result.ok) return refusedForm(result, formData);
  // The item also leaves the session pages, the agenda of the next session and the programme's activity.
  revalidatePath("/", "layout");
  redirect(BACK_TO[from] ?? BACK_TO.home);
}

const COACHING_BACK_TO: Record<CompletedFrom, string> = {
  ...BACK_TO,
  list: `/my-work?soort=${MY_WORK_SLUGS.coachingActions}&klaar=1`,
};

/** "Klaar" on one's own action from a coaching conversation in "Mijn werk". */
export async function completeOwnCoachingActionAction(
  actionId: number,
  from: CompletedFrom,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await completeCoachingAction({ actionId });
  if (!result.ok) return refusedForm(result, formData);
  // The action also leaves the conversation's page and the agenda of the programme's next reflection session.
  revalidatePath("/", "layout");
  redirect(COACHING_BACK_TO[from] ?? COACHING_BACK_TO.home);
}
