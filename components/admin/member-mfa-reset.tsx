"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetMemberMfaAction } from "@/app/(app)/admin/users/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import Link from "@/components/ui/link";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

/** The confirm step of resetting someone's authenticator app: what it does, and yes or no. */
export function ResetMfaForm({ memberId, name }: { memberId: number; name: string }) {
  const t = useTranslations("admin.users");
  const [state, action] = useActionState<FormState, FormData>(
    resetMemberMfaAction.bind(null, memberId),
    initialFormState,
  );
  return (
    <form action={action} className="flex flex-col gap-4">
      <ErrorSummary state={state} labels={{}} />
      <p>{t("mfaResetText", { name })}</p>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton variant="danger" pendingLabel={t("saving")}>
          {t("mfaResetConfirm")}
        </SubmitButton>
        <Link href={`/admin/users/${memberId}#tweestaps`}>{t("mfaResetCancel")}</Link>
      </div>
    </form>
  );
}
