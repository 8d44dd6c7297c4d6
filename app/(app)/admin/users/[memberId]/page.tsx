import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MemberMfaSection } from "@/components/admin/member-mfa";
import { ActiveForm, ChangeRoleForm, ResetPasswordForm } from "@/components/admin/user-actions";
import { BackLink } from "@/components/ui/back-link";
import { FormattedDate } from "@/components/ui/formatted-date";
import { PageHeader } from "@/components/ui/page-header";
import { partnerOrganisationOptions } from "@/db/queries/partners";
import { getUser } from "@/db/queries/users";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Props = { params: Promise<{ memberId: string }>; searchParams: Promise<{ tweestaps?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await orNotFound(getUser({ memberId: idParam((await params).memberId) }));
  return { title: user.name };
}

export default async function UserPage({ params, searchParams }: Props) {
  const memberId = idParam((await params).memberId);
  const { tweestaps } = await searchParams;
  const [user, partners, t, roles] = await Promise.all([
    orNotFound(getUser({ memberId })),
    orNotFound(partnerOrganisationOptions()),
    getTranslations("admin.users"),
    getTranslations("roles"),
  ]);

  return (
    <>
      <PageHeader title={user.name} back={<BackLink href="/admin/users">{t("backToList")}</BackLink>} />
      <dl className="grid max-w-2xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t("email")}</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-semibold">{t("role")}</dt>
        <dd>
          {roles(user.role)}
          {user.partnerOrganisationName ? ` — ${user.partnerOrganisationName}` : ""}
        </dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{t(user.status)}</dd>
        <dt className="font-semibold">{t("lastSignIn")}</dt>
        <dd>{user.lastSignInAt ? <FormattedDate value={user.lastSignInAt} /> : t("never")}</dd>
      </dl>

      <section aria-labelledby="role-title" className="mt-8 max-w-2xl border-t border-line pt-6">
        <h2 id="role-title" className="mb-4 text-2xl">
          {t("changeRoleTitle")}
        </h2>
        <ChangeRoleForm
          memberId={user.memberId}
          role={user.role}
          partnerOrganisationId={user.partnerOrganisationId}
          partners={partners}
          version={user.version}
        />
      </section>

      {!user.isSelf && user.status !== "invited" ? (
        <section aria-labelledby="active-title" className="mt-8 max-w-2xl border-t border-line pt-6">
          <h2 id="active-title" className="mb-4 text-2xl">
            {user.active ? t("deactivateTitle") : t("reactivateTitle")}
          </h2>
          <ActiveForm memberId={user.memberId} active={user.active} name={user.name} version={user.version} />
        </section>
      ) : null}

      {!user.isSelf && user.canResetPassword ? (
        <section aria-labelledby="reset-title" className="mt-8 max-w-2xl border-t border-line pt-6">
          <h2 id="reset-title" className="mb-4 text-2xl">
            {t("resetTitle")}
          </h2>
          <ResetPasswordForm memberId={user.memberId} name={user.name} />
        </section>
      ) : null}

      <MemberMfaSection memberId={user.memberId} name={user.name} step={tweestaps} />
    </>
  );
}
