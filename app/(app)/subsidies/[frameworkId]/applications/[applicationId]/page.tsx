import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/subsidies/decision-form";
import { WithdrawForm } from "@/components/subsidies/withdraw-form";
import { BackLink } from "@/components/ui/back-link";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getApplication, getFramework } from "@/db/queries/subsidies";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/viewer";
import { allows, can } from "@/lib/domain/permissions";

type Props = { params: Promise<{ frameworkId: string; applicationId: string }> };
type Search = { searchParams: Promise<{ ingediend?: string; besloten?: string; ingetrokken?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ids = await params;
  const application = await orNotFound(
    getApplication({ frameworkId: idParam(ids.frameworkId), applicationId: idParam(ids.applicationId) }),
  );
  const t = await getTranslations("subsidies.application");
  return { title: t("title", { partner: application.partnerName }) };
}

export default async function ApplicationPage({ params, searchParams }: Props & Search) {
  const ids = await params;
  const frameworkId = idParam(ids.frameworkId);
  const applicationId = idParam(ids.applicationId);
  const [application, framework, viewer, search, t, format] = await Promise.all([
    orNotFound(getApplication({ frameworkId, applicationId })),
    orNotFound(getFramework({ frameworkId })),
    requireViewer(),
    searchParams,
    getTranslations("subsidies"),
    getFormatter(),
  ]);
  const euros = (value: number) =>
    format.number(value, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const number = (value: number) => format.number(value, { maximumFractionDigits: 6 });
  const mayDecide = can(viewer.role, "subsidies.decide") && application.status === "ingediend";
  // The page is only found by someone who reads the application: a partner's own, or anyone of the gemeente.
  const mayWithdraw =
    application.status === "ingediend" &&
    allows(viewer.role, "subsidies.apply", { onTeam: false, involved: viewer.partnerOrganisationId !== null });
  const programmes = [
    ...new Map(
      application.targets.flatMap((target) =>
        target.effect ? [[target.effect.programmeId, target.effect.programmeName] as const] : [],
      ),
    ),
  ];
  return (
    <>
      <PageHeader
        title={t("application.title", { partner: application.partnerName })}
        intro={t("application.intro", {
          framework: framework.name,
          status: t(`applicationStatuses.${application.status}`),
        })}
        back={<BackLink href={`/subsidies/${frameworkId}`}>{t("application.back")}</BackLink>}
      />
      <div className="mb-6 flex flex-col gap-3">
        {search.ingediend ? <Notice role="status" tone="success" title={t("application.submitted")} /> : null}
        {search.besloten ? <Notice role="status" tone="success" title={t("application.decided")} /> : null}
        {search.ingetrokken ? <Notice role="status" tone="success" title={t("withdraw.done")} /> : null}
      </div>

      <section aria-labelledby="aanvraag" className="mb-8 max-w-3xl">
        <h2 id="aanvraag" className="text-2xl">
          {t("application.aboutTitle")}
        </h2>
        <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("applications.partner")}</dt>
          <dd>{application.partnerName}</dd>
          <dt className="font-semibold">{t("applications.requested")}</dt>
          <dd>{euros(application.requestedAmount)}</dd>
          <dt className="font-semibold">{t("application.submittedBy")}</dt>
          <dd>
            {application.submittedByName}, <FormattedDate value={application.createdAt} format="short" />
          </dd>
        </dl>
        <h3 className="mt-6 text-xl">{t("apply.plan")}</h3>
        <p className="mt-2 whitespace-pre-line">{application.plan}</p>
      </section>

      <section aria-labelledby="bijdrage" className="mb-8">
        <h2 id="bijdrage" className="text-2xl">
          {t("application.targetsTitle")}
        </h2>
        <Table caption={t("application.targetsCaption", { partner: application.partnerName })}>
          <thead>
            <tr>
              <Th>{t("effects.effect")}</Th>
              <Th>{t("effects.indicator")}</Th>
              <Th>{t("application.target")}</Th>
            </tr>
          </thead>
          <tbody>
            {application.targets.map((target) => (
              <tr key={target.agreedEffectId}>
                <Td>{target.effect?.description ?? "—"}</Td>
                <Td>{target.effect?.indicatorName ?? "—"}</Td>
                <Td>
                  {number(target.target)} {target.effect?.unit ?? ""}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>

      <section aria-labelledby="besluit" className="mb-8 max-w-3xl">
        <h2 id="besluit" className="text-2xl">
          {t("application.decisionTitle")}
        </h2>
        {application.status === "ingediend" ? (
          <p className="mt-2 mb-4">{t("application.waiting")}</p>
        ) : application.status === "ingetrokken" ? (
          <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("applications.status")}</dt>
            <dd>{t("applicationStatuses.ingetrokken")}</dd>
            <dt className="font-semibold">{t("withdraw.reasonWas")}</dt>
            <dd className="whitespace-pre-line">{application.withdrawalReason || t("withdraw.noReason")}</dd>
            {application.withdrawnAt ? (
              <>
                <dt className="font-semibold">{t("withdraw.on")}</dt>
                <dd>
                  <FormattedDate value={application.withdrawnAt} format="short" />
                </dd>
              </>
            ) : null}
          </dl>
        ) : (
          <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("applications.status")}</dt>
            <dd>{t(`applicationStatuses.${application.status}`)}</dd>
            {application.grantedAmount !== null ? (
              <>
                <dt className="font-semibold">{t("applications.grantedAmount")}</dt>
                <dd>{euros(application.grantedAmount)}</dd>
              </>
            ) : null}
            {application.decisionReason ? (
              <>
                <dt className="font-semibold">{t("decide.reason")}</dt>
                <dd className="whitespace-pre-line">{application.decisionReason}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{t("application.decidedBy")}</dt>
            <dd>
              {application.decidedByName}
              {application.decidedAt ? (
                <>
                  , <FormattedDate value={application.decidedAt} format="short" />
                </>
              ) : null}
            </dd>
          </dl>
        )}
        {mayDecide ? (
          <DecisionForm
            frameworkId={frameworkId}
            applicationId={applicationId}
            remaining={euros(framework.remaining)}
          />
        ) : null}
        {mayWithdraw ? (
          <div className="mt-6">
            <WithdrawForm frameworkId={frameworkId} applicationId={applicationId} />
          </div>
        ) : null}
      </section>

      {application.status === "toegekend" ? (
        <section aria-labelledby="rapportage" className="mb-8 max-w-3xl">
          <h2 id="rapportage" className="text-2xl">
            {t("application.reportingTitle")}
          </h2>
          <p className="mt-2">{t("application.reportingIntro")}</p>
          <ul className="mt-2 list-disc pl-6">
            {programmes.map(([programmeId, name]) => (
              <li key={programmeId}>
                <Link href={`/programmes/${programmeId}/reporting`}>{t("application.reportingIn", { name })}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
