"use client";
// The forms on a user's page: change role, deactivate or reactivate, reset password.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeRoleAction, resetPasswordAction, setUserActiveAction } from "@/app/(app)/admin/users/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Role } from "@/lib/domain/constants";
import { type FormState, initialFormState } from "@/lib/validation/form";
import { OneTimePassword } from "./one-time-password";
import { RoleFields } from "./role-fields";

export function ChangeRoleForm({
  memberId,
  role,
  partnerOrganisationId,
  partners,
}: {
  memberId: number;
  role: Role;
  partnerOrganisationId: number | null;
  partners: { id: number; name: string }[];
}) {
  const t = useTranslations("admin.users");
  const [state, action] = useActionState<FormState, FormData>(changeRoleAction.bind(null, memberId), initialFormState);
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <ErrorSummary state={state} labels={{ role: t("role"), partnerOrganisationId: t("partnerOrganisation") }} />
      {state.status === "success" ? (
        <Notice tone="success" role="status">
          {t("roleSaved")}
        </Notice>
      ) : null}
      <RoleFields state={state} partners={partners} defaultRole={role} defaultPartnerId={partnerOrganisationId} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("saveRole")}</SubmitButton>
      </div>
    </form>
  );
}

export function ActiveForm({ memberId, active, name }: { memberId: number; active: boolean; name: string }) {
  const t = useTranslations("admin.users");
  const [state, action] = useActionState<FormState, FormData>(
    setUserActiveAction.bind(null, memberId),
    initialFormState,
  );
  return (
    <form action={action} className="flex flex-col gap-3">
      <ErrorSummary state={state} labels={{}} />
      <p>{active ? t("deactivateText", { name }) : t("reactivateText", { name })}</p>
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <div>
        <SubmitButton variant={active ? "danger" : "primary"} pendingLabel={t("saving")}>
          {active ? t("deactivate") : t("reactivate")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function ResetPasswordForm({ memberId, name }: { memberId: number; name: string }) {
  const t = useTranslations("admin.users");
  const [state, action] = useActionState<FormState<{ password: string }>, FormData>(
    resetPasswordAction.bind(null, memberId),
    initialFormState,
  );
  return (
    <form action={action} className="flex flex-col gap-3">
      <ErrorSummary state={state} labels={{}} />
      {state.status === "success" && state.result ? (
        <OneTimePassword title={t("passwordReset", { name })} password={state.result.password} />
      ) : null}
      <p>{t("resetText")}</p>
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("resetPassword")}
        </SubmitButton>
      </div>
    </form>
  );
}
