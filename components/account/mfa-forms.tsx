"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmMfaSetupAction, renewRecoveryCodesAction, turnOffMfaAction } from "@/app/(app)/account/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
// The forms of the authenticator app: confirming a new app (then its recovery codes, shown once), new recovery codes,
// and turning it off. Each code field takes the code the app shows now; the last two also a recovery code.
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { NewRecoveryCodes } from "@/db/queries/mfa";
import { type FormState, initialFormState } from "@/lib/validation/form";

/** Recovery codes, shown this once. */
export function RecoveryCodes({ codes, title }: { codes: string[]; title: string }) {
  const t = useTranslations("account.mfa");
  return (
    <Notice tone="success" title={title} role="status">
      <p>{t("recoveryOnce")}</p>
      <ul aria-label={t("recoveryListLabel")} className="mt-3 grid grid-cols-1 gap-2 sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code}>
            <code className="rounded bg-page px-2 py-1 font-mono text-lg">{code}</code>
          </li>
        ))}
      </ul>
    </Notice>
  );
}

/** The code field; `id` tells apart the several forms of one page. */
function CodeField({ id, state, label, hint }: { id: string; state: FormState<unknown>; label: string; hint: string }) {
  return (
    <TextField
      id={id}
      name="code"
      label={label}
      hint={hint}
      autoComplete="one-time-code"
      autoCapitalize="none"
      spellCheck={false}
      className="font-mono text-lg"
      state={state}
    />
  );
}

/**
 * Step 1 (the QR code and the secret, rendered by the server) and step 2 (the code). Once the code is right, only
 * the recovery codes remain, with the way on.
 */
export function MfaSetupSteps({
  children,
  continueHref,
  continueLabel,
  heading: Heading,
}: {
  children: React.ReactNode;
  continueHref: string;
  continueLabel: string;
  heading: "h2" | "h3";
}) {
  const t = useTranslations("account.mfa");
  const [state, action] = useActionState<FormState<NewRecoveryCodes>, FormData>(
    confirmMfaSetupAction,
    initialFormState,
  );
  if (state.status === "success" && state.result) {
    return (
      <div className="flex flex-col gap-4">
        <RecoveryCodes codes={state.result.recoveryCodes} title={t("enabledTitle")} />
        <p>
          <Link href={continueHref}>{continueLabel}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      {children}
      <form action={action} noValidate className="flex flex-col gap-4" aria-labelledby="mfa-step-2">
        <Heading id="mfa-step-2" className="text-xl">
          {t("step2Title")}
        </Heading>
        <ErrorSummary state={state} labels={{ code: t("codeLabel") }} fieldIds={{ code: "setup-code" }} />
        <CodeField id="setup-code" state={state} label={t("codeLabel")} hint={t("codeHint")} />
        <div>
          <SubmitButton pendingLabel={t("saving")}>{t("confirm")}</SubmitButton>
        </div>
      </form>
    </div>
  );
}

export function RenewRecoveryCodesForm() {
  const t = useTranslations("account.mfa");
  const [state, action] = useActionState<FormState<NewRecoveryCodes>, FormData>(
    renewRecoveryCodesAction,
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <ErrorSummary state={state} labels={{ code: t("currentCode") }} fieldIds={{ code: "renew-code" }} />
      {state.status === "success" && state.result ? (
        <RecoveryCodes codes={state.result.recoveryCodes} title={t("renewedTitle")} />
      ) : null}
      <p>{t("renewText")}</p>
      <CodeField id="renew-code" state={state} label={t("currentCode")} hint={t("currentCodeHint")} />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("renew")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function TurnOffMfaForm({ required }: { required: boolean }) {
  const t = useTranslations("account.mfa");
  const [state, action] = useActionState<FormState, FormData>(turnOffMfaAction, initialFormState);
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <ErrorSummary state={state} labels={{ code: t("currentCode") }} fieldIds={{ code: "off-code" }} />
      <p>{required ? t("offRequired") : t("offText")}</p>
      <CodeField id="off-code" state={state} label={t("currentCode")} hint={t("currentCodeHint")} />
      <div>
        <SubmitButton variant="danger" pendingLabel={t("saving")}>
          {t("turnOff")}
        </SubmitButton>
      </div>
    </form>
  );
}
