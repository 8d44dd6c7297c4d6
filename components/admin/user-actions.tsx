"use client";
// The forms on a user's page: change role, deactivate or reactivate, reset password, remove personal data.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  anonymiseUserAction,
  changeRoleAction,
  resetPasswordAction,
  setUserActiveAction,
} from "@/app/(app)/admin/users/actions";
import { CheckboxGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { ROLES, type Role } from "@/lib/domain/constants";
import { type FormState, initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";
import { OneTimePassword } from "./one-time-password";
import { RoleFields } from "./role-fields";

/** The membership's version the forms on the page were opened on: a change made meanwhile is never overwritten unseen. */
type VersionProp = { version: number };

export function ChangeRoleForm({
  memberId,
  role,
  partnerOrganisationId,
  partners,
  version,
}: {
  memberId: number;
  role: Role;
  partnerOrganisationId: number | null;
  partners: { id: number; name: string }[];
} & VersionProp) {
  const t = useTranslations("admin.users");
  const roles = useTranslations("roles");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    changeRoleAction.bind(null, memberId),
    initialFormState,
  );
  const check = useVersionCheck(state, version);
  const compared: ComparedField[] = [
    { name: "role", label: t("role"), options: ROLES.map((r) => ({ value: r, label: roles(r) })) },
    {
      name: "partnerOrganisationId",
      label: t("partnerOrganisation"),
      options: partners.map((p) => ({ value: String(p.id), label: p.name })),
    },
  ];
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={{ role: t("role"), partnerOrganisationId: t("partnerOrganisation") }}
      />
      <VersionCheck check={check} values={state.values} fields={compared} />
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

export function ActiveForm({
  memberId,
  active,
  name,
  version,
}: { memberId: number; active: boolean; name: string } & VersionProp) {
  const t = useTranslations("admin.users");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    setUserActiveAction.bind(null, memberId),
    initialFormState,
  );
  const check = useVersionCheck(state, version);
  const options = [
    { value: "true", label: t("active") },
    { value: "false", label: t("inactive") },
  ];
  return (
    <form action={action} className="flex flex-col gap-3">
      <ErrorSummary state={state} title={check.summaryTitle} labels={{}} />
      <VersionCheck check={check} values={state.values} fields={[{ name: "active", label: t("status"), options }]} />
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

/** Says what anonymising does before it is done, and asks the beheerder to confirm that it cannot be undone. */
export function AnonymiseForm({ memberId, name }: { memberId: number; name: string }) {
  const t = useTranslations("admin.users");
  const [state, action] = useActionState<FormState, FormData>(
    anonymiseUserAction.bind(null, memberId),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <ErrorSummary state={state} labels={{ confirm: t("anonymiseConfirm") }} />
      <p>{t("anonymiseIntro", { name })}</p>
      <ul className="list-disc pl-6">
        <li>{t("anonymiseName")}</li>
        <li>{t("anonymiseRemoved", { name })}</li>
        <li>{t("anonymiseKept", { name })}</li>
      </ul>
      <p>{t("anonymiseOnlyInactive", { name })}</p>
      <CheckboxGroupField
        name="confirm"
        label={t("anonymiseFinal")}
        state={state}
        options={[{ value: "ja", label: t("anonymiseConfirm") }]}
      />
      <div>
        <SubmitButton variant="danger" pendingLabel={t("anonymising")}>
          {t("anonymise")}
        </SubmitButton>
      </div>
    </form>
  );
}
