import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignOutForm } from "@/components/shell/sign-out-form";
import { Button } from "@/components/ui/button";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { getAccount } from "@/lib/auth/viewer";
import { answerInvitationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invitations");
  return { title: t("title") };
}

/** The invitations of the signed-in person: to work for another gemeente, accepted or declined by them alone. */
export default async function InvitationsPage({ searchParams }: { searchParams: Promise<{ beantwoord?: string }> }) {
  const [account, { beantwoord }, t, roles] = await Promise.all([
    getAccount(),
    searchParams,
    getTranslations("invitations"),
    getTranslations("roles"),
  ]);
  if (!account) redirect("/login");
  const working = account.memberships.length > 0;
  return (
    <section aria-labelledby="invitations-title" className="flex max-w-3xl flex-col gap-5">
      <h1 id="invitations-title" className="text-3xl">
        {t("title")}
      </h1>
      {beantwoord ? (
        <Notice tone="success" role="status">
          {t("declined")}
        </Notice>
      ) : null}
      {account.invitations.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p>{t("intro", { name: account.user.name })}</p>
          <ul className="flex flex-col gap-4">
            {account.invitations.map((invitation) => (
              <li key={invitation.memberId} className="rounded-ik border border-line bg-surface p-4">
                <h2 className="text-xl">{invitation.organisationName}</h2>
                <p className="mt-1">
                  {t("asRole", { role: roles(invitation.role) })}
                  {invitation.partnerOrganisationName
                    ? ` ${t("forPartner", { partner: invitation.partnerOrganisationName })}`
                    : ""}
                </p>
                <form action={answerInvitationAction.bind(null, invitation.memberId)} className="mt-3 flex gap-3">
                  <Button type="submit" name="answer" value="accept">
                    {t("accept", { gemeente: invitation.organisationName })}
                  </Button>
                  <Button type="submit" name="answer" value="decline" variant="secondary">
                    {t("decline", { gemeente: invitation.organisationName })}
                  </Button>
                </form>
              </li>
            ))}
          </ul>
          <p className="text-sm text-muted">{t("explain")}</p>
        </>
      )}
      {working ? (
        <p>
          <Link href="/">{t("continue")}</Link>
        </p>
      ) : (
        <>
          <p className="text-sm text-muted">{t("noGemeente")}</p>
          <SignOutForm>
            <Button type="submit" variant="secondary">
              {t("signOut")}
            </Button>
          </SignOutForm>
        </>
      )}
    </section>
  );
}
