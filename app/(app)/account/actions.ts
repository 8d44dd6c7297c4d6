"use server";
import { redirect } from "next/navigation";
import { changeOwnPassword } from "@/db/queries/account";
import { endAllOwnSessions, endOwnSession } from "@/db/queries/sessions";
import { signOut, unstable_update } from "@/lib/auth";
import { requireViewer } from "@/lib/auth/viewer";
import { changePasswordSchema } from "@/lib/validation/account";
import { type FormState, parseForm } from "@/lib/validation/form";
import { invalidForm, refusedForm } from "@/lib/validation/respond";

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(changePasswordSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await changeOwnPassword(parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  // Other sessions of this user end; this one gets a token with the new session version. The redirect makes the
  // next render read that new token.
  await unstable_update({});
  redirect("/account?wachtwoord=gewijzigd");
}

/** Ends the session on another device; the person stays signed in here. */
export async function endSessionAction(sessionId: number) {
  await requireViewer();
  await endOwnSession(sessionId);
  redirect("/account?sessie=afgemeld#sessies");
}

/** Ends every session of the person, this one too, and goes to the sign-in page. */
export async function signOutEverywhereAction() {
  await requireViewer();
  await endAllOwnSessions();
  await signOut({ redirectTo: "/login?afgemeld=overal" });
}
