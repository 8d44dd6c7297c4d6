"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { changeOwnPassword } from "@/db/queries/account";
import {
  confirmMfaSetup,
  type NewRecoveryCodes,
  renewRecoveryCodes,
  startMfaSetup,
  turnOffMfa,
} from "@/db/queries/mfa";
import { endAllOwnSessions, endOwnSession } from "@/db/queries/sessions";
import { signOut, unstable_update } from "@/lib/auth";
import { MFA_SETUP_PATH, requireViewer } from "@/lib/auth/viewer";
import { formatRecoveryCode } from "@/lib/domain/mfa";
import { changePasswordSchema } from "@/lib/validation/account";
import { type FormState, parseForm, submittedValues } from "@/lib/validation/form";
import { mfaCodeSchema, mfaSetupSchema } from "@/lib/validation/mfa";
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

// The authenticator app. These actions are also used on the set-up page, before the person has a viewer (someone who
// must set up the app first): the data layer checks the signed-in account itself.

/** Where the set-up continues: on the account page, or on the page that must be done before anything else. */
const SETUP_PAGES = { account: "/account", setup: MFA_SETUP_PATH } as const;

export async function startMfaSetupAction(place: keyof typeof SETUP_PAGES) {
  await startMfaSetup();
  const page = SETUP_PAGES[place] ?? SETUP_PAGES.account;
  revalidatePath(page);
  redirect(page === SETUP_PAGES.account ? "/account?tweestaps=instellen#tweestaps" : page);
}

/** A code typed once is never shown again, whatever the outcome. */
const withoutCode = (formData: FormData) => {
  const { code: _code, ...values } = submittedValues(formData);
  return values;
};

async function refusedCode<R>(
  result: { error: string; field?: string; params?: Record<string, number> },
  formData: FormData,
) {
  const state = await refusedForm<R>(result, formData);
  return { ...state, values: withoutCode(formData) };
}

const shown = ({ recoveryCodes }: NewRecoveryCodes): NewRecoveryCodes => ({
  recoveryCodes: recoveryCodes.map(formatRecoveryCode),
});

/** Confirms the app with a code it shows; the recovery codes go to the browser this once. */
export async function confirmMfaSetupAction(
  _prev: FormState<NewRecoveryCodes>,
  formData: FormData,
): Promise<FormState<NewRecoveryCodes>> {
  const parsed = parseForm(mfaSetupSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await confirmMfaSetup(parsed.data);
  if (!result.ok) return refusedCode(result, formData);
  return { status: "success", result: shown(result.value) };
}

export async function renewRecoveryCodesAction(
  _prev: FormState<NewRecoveryCodes>,
  formData: FormData,
): Promise<FormState<NewRecoveryCodes>> {
  const parsed = parseForm(mfaCodeSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await renewRecoveryCodes(parsed.data);
  if (!result.ok) return refusedCode(result, formData);
  return { status: "success", result: shown(result.value) };
}

export async function turnOffMfaAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(mfaCodeSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await turnOffMfa(parsed.data);
  if (!result.ok) return refusedCode(result, formData);
  redirect("/account?tweestaps=uit#tweestaps");
}
