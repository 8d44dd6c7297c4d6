"use server";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/lib/auth";
import { CodeNeeded, SignInRefused } from "@/lib/auth/sign-in-refused";
import { SSO_PROVIDER_ID, ssoConfig } from "@/lib/auth/sso-config";
import { minutesToWait } from "@/lib/domain/sign-in-throttle";
import { challengeToken, forgetChallenge, keepChallenge } from "@/lib/server/challenge-cookie";
import { safeCallbackPath, signInCodeSchema, signInSchema } from "@/lib/validation/auth";
import { type FormState, parseForm, submittedValues } from "@/lib/validation/form";
import { invalidForm } from "@/lib/validation/respond";

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(signInSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const t = await getTranslations("login");
  const values = submittedValues(formData);
  const callbackUrl = safeCallbackPath(formData.get("callbackUrl"));
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: callbackUrl });
  } catch (error) {
    if (error instanceof CodeNeeded) {
      // The password was right; the code of the authenticator app comes next. The browser keeps only the
      // challenge's token.
      await keepChallenge(error.challenge);
      redirect(`/login/code?${new URLSearchParams({ callbackUrl })}`);
    }
    if (error instanceof SignInRefused) {
      // Also after a plain wrong password the account or address may just have become blocked: say so now.
      const message =
        error.reason === "ssoRequired"
          ? t("ssoRequired", { button: ssoConfig()?.label ?? t("ssoButton") })
          : error.reason === "busy"
            ? t("busy")
            : error.retryAfterMs > 0
              ? t("tooManyAttempts", { minutes: minutesToWait(error.retryAfterMs) })
              : t("invalidCredentials");
      return { status: "error", message, values };
    }
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      return { status: "error", message: t("invalidCredentials"), values };
    }
    throw error; // Includes the redirect that follows a successful sign-in.
  }
  return { status: "idle" };
}

/** Off to the gemeente's own sign-in (OpenID Connect); it comes back through Auth.js's callback route. */
export async function ssoSignInAction(formData: FormData): Promise<void> {
  if (!ssoConfig()) redirect("/login");
  await signIn(SSO_PROVIDER_ID, { redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
}

/**
 * The second step: the code of the authenticator app, or a recovery code, for the challenge in this browser's cookie.
 * The cookie goes with the attempt and comes back when the code is wrong, so that the person can try again.
 */
export async function signInCodeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(signInCodeSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const t = await getTranslations("login.code");
  // A code is typed anew after a refusal: the app shows a new one, and a recovery code is not echoed back.
  const { code: _code, ...values } = submittedValues(formData);
  const challenge = await challengeToken();
  if (!challenge) return { status: "error", message: t("expired"), values };
  await forgetChallenge();
  try {
    await signIn("credentials", {
      challenge,
      code: parsed.data.code,
      redirectTo: safeCallbackPath(formData.get("callbackUrl")),
    });
  } catch (error) {
    if (error instanceof SignInRefused) {
      if (error.reason === "expired") return { status: "error", message: t("expired"), values };
      await keepChallenge(challenge);
      const message =
        error.retryAfterMs > 0 ? t("tooManyAttempts", { minutes: minutesToWait(error.retryAfterMs) }) : t("wrongCode");
      return { status: "error", fieldErrors: { code: [message] }, values };
    }
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      await keepChallenge(challenge);
      return { status: "error", fieldErrors: { code: [t("wrongCode")] }, values };
    }
    throw error; // Includes the redirect that follows a successful sign-in.
  }
  return { status: "idle" };
}
