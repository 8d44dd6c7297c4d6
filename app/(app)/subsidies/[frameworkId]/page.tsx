import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { listHref, Pager } from "@/components/lists/active-filter";
import { FrameworkArchive } from "@/components/subsidies/framework-archive";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getFramework, listApplications } from "@/db/queries/subsidies";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/viewer";
import { allows, can } from "@/lib/domain/permissions";

type Props = { params: Promise<{ frameworkId: string }> };
type Search = {
  searchParams: Promise<{ pagina?: string; opgeslagen?: string; gearchiveerd?: string; teruggezet?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const framework = await orNotFound(getFramework({ frameworkId: idParam((await params).frameworkId) }));
  return { title: framework.name };
}

export default async function FrameworkPage({ params, searchParams }: Props & Search) {
  const frameworkId = idParam((await params).frameworkId);
  const search = await searchParams;
  const [framework, applications, viewer, t, m, format] = await Promise.all([
    orNotFound(getFramework({ frameworkId })),
    orNotFound(listApplications({ frameworkId, page: Number(search.pagina) || 1 })),
    requireViewer(),
    getTranslations("subsidies"),
    getTranslations("monitoring"),
    getFormatter(),
  ]);
  const mayManage = can(viewer.role, "subsidies.manage");
  const archived = framework.archivedAt !== null;
  const isOpen = framework.status === "open" && !archived;
  // A partner applies to an open framework for its own organisation; the gemeente may record one on its behalf.
  const mayApply = isOpen && allows(viewer.role, "subsidies.apply", { onTeam: false, involved: true });
  const euros = (value: number) =>
    format.number(value, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const number = (value: number) => format.number(value, { maximumFractionDigits: 6 });
  return (
    <>
      <PageHeader
        title={framework.name}
        intro={t("statusIs", { status: t(`statuses.${framework.status}`) })}
        back={<BackLink href="/subsidies">{t("back")}</BackLink>}
        actions={
          <>
            {mayApply ? (
              <Link href={`/subsidies/${frameworkId}/apply`} className={buttonClass("primary")}>
                {viewer.partnerOrganisationId !== null ? t("applyPartner") : t("applyOnBehalf")}
              </Link>
            ) : null}
            {mayManage && !archived ? (
              <Link href={`/subsidies/${frameworkId}/edit`} className={buttonClass("secondary")}>
                {t("edit")}
              </Link>
            ) : null}
          </>
        }
      />
      <div className="mb-6 flex flex-col gap-3">
        {search.opgeslagen ? <Notice role="status" tone="success" title={t("saved")} /> : null}
        {search.teruggezet ? <Notice role="status" tone="success" title={t("archive.restored")} /> : null}
        {archived ? (
          <Notice tone="warning" title={t("archive.isArchived")}>
            <p>{t("archive.reasonWas", { reason: framework.archiveReason ?? "" })}</p>
          </Notice>
        ) : null}
      </div>

      <section aria-labelledby="kader" className="mb-8 max-w-3xl">
        <h2 id="kader" className="text-2xl">
          {t("aboutTitle")}
        </h2>
        <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("period")}</dt>
          <dd>
            <FormattedDay value={framework.startsOn} /> – <FormattedDay value={framework.endsOn} />
          </dd>
          <dt className="font-semibold">{t("budget")}</dt>
          <dd>{euros(framework.budget)}</dd>
          {mayManage ? (
            <>
              <dt className="font-semibold">{t("granted")}</dt>
              <dd>{euros(framework.granted)}</dd>
              <dt className="font-semibold">{t("remaining")}</dt>
              <dd>{euros(framework.remaining)}</dd>
            </>
          ) : null}
        </dl>
        <h3 className="mt-6 text-xl">{t("criteria")}</h3>
        <p className="mt-2 whitespace-pre-line">{framework.criteria}</p>
      </section>

      <section aria-labelledby="effecten" className="mb-8">
        <h2 id="effecten" className="text-2xl">
          {t("effects.title")}
        </h2>
        <p className="mt-1 mb-3 max-w-3xl">{t("effects.intro")}</p>
        {framework.effects.length === 0 ? (
          <p>{mayManage ? t("effects.emptyManage") : t("effects.empty")}</p>
        ) : (
          <Table caption={t("effects.caption", { name: framework.name })}>
            <thead>
              <tr>
                <Th>{t("effects.effect")}</Th>
                <Th>{t("effects.indicator")}</Th>
                <Th>{t("effects.baseline")}</Th>
                <Th>{t("effects.target")}</Th>
              </tr>
            </thead>
            <tbody>
              {framework.effects.map((effect) => (
                <tr key={effect.id}>
                  <Td>
                    {effect.description}
                    <span className="block text-sm text-muted">{effect.opgaveTitle}</span>
                  </Td>
                  <Td>{effect.indicatorName}</Td>
                  <Td>
                    {number(effect.baselineValue)} {effect.unit} (<FormattedDay value={effect.baselineDate} />)
                  </Td>
                  <Td>
                    {number(effect.targetValue)} {effect.unit} (<FormattedDay value={effect.targetDate} />)
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="monitoring" className="mb-8 max-w-3xl">
        <h2 id="monitoring" className="text-2xl">
          {m("linkTitle")}
        </h2>
        <p className="mt-1 mb-3">
          {viewer.partnerOrganisationId !== null ? m("frameworkIntroPartner") : m("frameworkLinkIntro")}
        </p>
        <Link href={`/subsidies/${frameworkId}/monitoring`}>{m("open")}</Link>
      </section>

      <section aria-labelledby="aanvragen" className="mb-8">
        <h2 id="aanvragen" className="text-2xl">
          {viewer.partnerOrganisationId !== null ? t("applications.titlePartner") : t("applications.title")}
        </h2>
        {applications.total === 0 ? (
          <p className="mt-2">{isOpen ? t("applications.emptyOpen") : t("applications.empty")}</p>
        ) : (
          <div className="mt-3">
            <Table caption={t("applications.caption", { name: framework.name })}>
              <thead>
                <tr>
                  <Th>{t("applications.partner")}</Th>
                  <Th>{t("applications.requested")}</Th>
                  <Th>{t("applications.status")}</Th>
                  <Th>{t("applications.grantedAmount")}</Th>
                </tr>
              </thead>
              <tbody>
                {applications.rows.map((row) => (
                  <tr key={row.id}>
                    <Td>
                      <Link href={`/subsidies/${frameworkId}/applications/${row.id}`}>{row.partnerName}</Link>
                    </Td>
                    <Td>{euros(row.requestedAmount)}</Td>
                    <Td>{t(`applicationStatuses.${row.status}`)}</Td>
                    <Td>{row.grantedAmount === null ? "—" : euros(row.grantedAmount)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pager
              page={applications.page}
              pageCount={applications.pageCount}
              href={(page) => listHref(`/subsidies/${frameworkId}`, { pagina: page })}
              labels={{
                nav: t("applications.pagination"),
                previous: t("previous"),
                next: t("next"),
                pageOf: t("pageOf", { page: applications.page, pages: applications.pageCount }),
              }}
            />
          </div>
        )}
      </section>

      {mayManage ? (
        <section aria-labelledby="archiveren" className="mb-8">
          <h2 id="archiveren" className="sr-only">
            {t("archive.title")}
          </h2>
          <FrameworkArchive frameworkId={frameworkId} archived={archived} />
        </section>
      ) : null}
    </>
  );
}
