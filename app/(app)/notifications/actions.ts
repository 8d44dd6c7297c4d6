"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { saveNotificationSettings } from "@/db/queries/notification-settings";
import { markAllNotificationsRead, markNotificationRead } from "@/db/queries/notifications";
import { setPageFollow } from "@/db/queries/page-follows";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import { notificationSettingsSchema } from "@/lib/validation/notifications";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import type { VersionedFormState } from "@/lib/validation/versions";

/** The list after a change, on the page the person was on, with what the change did for the notice. */
const listPath = (page: number, notice: Record<string, string>) =>
  `/notifications?${new URLSearchParams({ pagina: String(page), ...notice })}`;

export async function markNotificationReadAction(
  notificationId: number,
  page: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await markNotificationRead({ notificationId });
  if (!result.ok) return refusedForm(result, formData);
  // The bell in the header counts the unread ones.
  revalidatePath("/", "layout");
  redirect(listPath(page, { gelezen: "1" }));
}

export async function markAllNotificationsReadAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const result = await markAllNotificationsRead();
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/", "layout");
  redirect(listPath(1, { alles: String(result.value.count) }));
}

export async function saveNotificationSettingsAction(
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(notificationSettingsSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await saveNotificationSettings(parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath("/account");
  redirect("/account?meldingen=opgeslagen#meldingen");
}

/** Follows a page or stops following it; the page shows the new state and says so. */
export async function setPageFollowAction(pageId: number, follow: boolean, _prev: FormState, formData: FormData) {
  await requireViewer();
  const result = await setPageFollow({ pageId }, follow);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/pages/${pageId}`);
  return { status: "success" } satisfies FormState;
}
