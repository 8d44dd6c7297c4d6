"use client";
// Uploading the gemeente's logo, and removing it. The server checks the file (PNG or SVG, at most 500 kB) and stores
// the PNG it makes of it; each form sends the logo it was opened with, so another beheerder's logo is not replaced
// unseen.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { removeLogoAction, uploadLogoAction } from "@/app/(app)/admin/gemeente/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function LogoForm({ logoStamp }: { logoStamp: number | null }) {
  const t = useTranslations("admin.gemeente.logo");
  const [state, action] = useActionState<FormState, FormData>(uploadLogoAction, initialFormState);
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary state={state} labels={{ logo: t("file") }} />
      <input type="hidden" name="logoStamp" value={logoStamp === null ? "" : String(logoStamp)} />
      <TextField
        id="logo"
        name="logo"
        type="file"
        label={t("file")}
        hint={t("hint")}
        accept=".png,.svg,image/png,image/svg+xml"
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("uploading")}>{t("upload")}</SubmitButton>
      </div>
    </form>
  );
}

export function RemoveLogoForm({ logoStamp }: { logoStamp: number }) {
  const t = useTranslations("admin.gemeente.logo");
  const [state, action] = useActionState<FormState, FormData>(removeLogoAction, initialFormState);
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <ErrorSummary state={state} labels={{ logo: t("file") }} fieldIds={{ logo: "logo" }} />
      <input type="hidden" name="logoStamp" value={String(logoStamp)} />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("removing")}>
          {t("remove")}
        </SubmitButton>
      </div>
    </form>
  );
}
