import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { MemberMfaSection } from "@/components/admin/member-mfa";
import { ActiveForm, AnonymiseForm, ChangeRoleForm, ResetPasswordForm } from "@/components/admin/user-actions";
import { BackLink } from "@/components/ui/back-link";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { partnerOrganisationOptions } from "@/db/queries/partners";
import { getUser } from "@/db/queries/users";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Props = {
  params: Promise<{ memberId: string }>;
  searchParams: Promise<{ gewist?: string; tweestaps?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [user, t] = await Promise.all([
    orNotFound(getUser({ memberId: idParam((await params).memberId) })),
    getTranslations("admin.users"),
  ]);
  return { title: user.anonymisedAt ? t("formerUser") : user.name };
}

export default async function UserPage({ params, searchParams }: Props) {
  const memberId = idParam((await params).memberId);
  const [user, partners, t, roles, { gewist, tweestaps }] = await Promise.all([
    orNotFound(getUser({ memberId })),
    orNotFound(partnerOrganisationOptions()),
    getTranslations("admin.users"),
    getTranslations("roles"),
    searchParams,
  ]);
  if (user.anonymisedAt) {
    return <AnonymisedUser anonymisedAt={user.anonymisedAt} justNow={gewist === "ja"} />;
  }

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

      {user.status === "inactive" ? (
        <section aria-labelledby="anonymise-title" className="mt-8 max-w-2xl border-t border-line pt-6">
          <h2 id="anonymise-title" className="mb-4 text-2xl">
            {t("anonymiseTitle")}
          </h2>
          <AnonymiseForm memberId={user.memberId} name={user.name} />
        </section>
      ) : null}
    </>
  );
}

/** Nothing of the person is left to show or change: only that, and when, their data was removed. */
async function AnonymisedUser({ anonymisedAt, justNow }: { anonymisedAt: Date; justNow: boolean }) {
  const [t, format] = await Promise.all([getTranslations("admin.users"), getFormatter()]);
  return (
    <>
      <PageHeader title={t("formerUser")} back={<BackLink href="/admin/users">{t("backToList")}</BackLink>} />
      {justNow ? (
        <div className="mb-4 max-w-2xl">
          <Notice tone="success" role="status">
            {t("anonymisedNotice")}
          </Notice>
        </div>
      ) : null}
      <dl className="grid max-w-2xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t("email")}</dt>
        <dd>{t("noEmail")}</dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{t("anonymised")}</dd>
      </dl>
      <p className="mt-4 max-w-2xl">{t("anonymisedText", { date: format.dateTime(anonymisedAt, "dateTime") })}</p>
    </>
  );
}
