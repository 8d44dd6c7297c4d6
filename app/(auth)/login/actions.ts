"use server";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/lib/auth";
import { SignInRefused } from "@/lib/auth/sign-in-refused";
import { SSO_PROVIDER_ID, ssoConfig } from "@/lib/auth/sso-config";
import { minutesToWait } from "@/lib/domain/sign-in-throttle";
import { safeCallbackPath, signInSchema } from "@/lib/validation/auth";
import { type FormState, parseForm, submittedValues } from "@/lib/validation/form";
import { invalidForm } from "@/lib/validation/respond";

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(signInSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const t = await getTranslations("login");
  const values = submittedValues(formData);
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackPath(formData.get("callbackUrl")),
    });
  } catch (error) {
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
