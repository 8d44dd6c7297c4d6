"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type CreatedUser, createUserAction } from "@/app/(app)/admin/users/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import Link from "@/components/ui/link";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";
import { OneTimePassword } from "./one-time-password";
import { RoleFields } from "./role-fields";

export function CreateUserForm({ partners }: { partners: { id: number; name: string }[] }) {
  const t = useTranslations("admin.users");
  const [state, action] = useActionState<FormState<CreatedUser>, FormData>(createUserAction, initialFormState);

  if (state.status === "success" && state.result) {
    const created = state.result;
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <OneTimePassword title={t("created", { name: created.name })} password={created.password}>
          <p>{t("invitedText", { name: created.name })}</p>
        </OneTimePassword>
        <p className="flex flex-wrap gap-4">
          <Link href={`/admin/users/${created.memberId}`}>{t("viewUser", { name: created.name })}</Link>
          <a href="/admin/users/new">{t("addAnother")}</a>
        </p>
      </div>
    );
  }

  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        labels={{
          name: t("name"),
          email: t("email"),
          role: t("role"),
          partnerOrganisationId: t("partnerOrganisation"),
        }}
      />
      <TextField name="name" label={t("name")} autoComplete="off" state={state} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        hint={t("emailHint")}
        autoComplete="off"
        spellCheck={false}
        state={state}
      />
      <RoleFields state={state} partners={partners} />
      <div>
        <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
      </div>
    </form>
  );
}
