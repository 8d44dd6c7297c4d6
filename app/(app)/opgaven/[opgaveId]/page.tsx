import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { createOpgavePageAction, removeOpgaveFigureAction, unlinkProgrammeAction } from "@/app/(app)/opgaven/actions";
import { FigureForm } from "@/components/opgaven/figure-form";
import { LinkProgrammeForm } from "@/components/opgaven/link-programme-form";
import { OpgaveArchive } from "@/components/opgaven/opgave-archive";
import { ActionButton } from "@/components/ui/action-button";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { FormattedDate, FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getOpgavePage } from "@/db/queries/opgave-pages";
import { getOpgave, getOpgaveDetails, linkableProgrammes } from "@/db/queries/opgaven";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/domain/permissions";

type Props = { params: Promise<{ opgaveId: string }> };
type Search = { searchParams: Promise<{ opgeslagen?: string; gearchiveerd?: string; teruggezet?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const opgave = await orNotFound(getOpgave({ opgaveId: idParam((await params).opgaveId) }));
  return { title: opgave.title };
}

export default async function OpgavePage({ params, searchParams }: Props & Search) {
  const opgaveId = idParam((await params).opgaveId);
  const [details, shared, viewer, linkable, search, t, programmeT, m, format] = await Promise.all([
    orNotFound(getOpgaveDetails({ opgaveId })),
    orNotFound(getOpgavePage({ opgaveId })),
    requireViewer(),
    orNotFound(linkableProgrammes()),
    searchParams,
    getTranslations("opgaven"),
    getTranslations("programmes"),
    getTranslations("monitoring"),
    getFormatter(),
  ]);
  const { opgave, figures, programmes, history } = details;
  const mayManage = can(viewer.role, "opgaven.manage");
  const archived = opgave.archivedAt !== null;
  const linkedIds = new Set(programmes.map((p) => p.id));
  const mayEditProgramme = new Set(linkable.map((p) => p.id));
  const toLink = linkable.filter((p) => !linkedIds.has(p.id));
  const number = (value: number) => format.number(value, { maximumFractionDigits: 6 });
  return (
    <>
      <PageHeader
        title={opgave.title}
        intro={opgave.rank ? t("rankIs", { rank: opgave.rank }) : t("notRanked")}
        back={<BackLink href="/opgaven">{t("back")}</BackLink>}
        actions={
          mayManage && !archived ? (
            <Link href={`/opgaven/${opgaveId}/edit`} className={buttonClass("secondary")}>
              {t("edit")}
            </Link>
          ) : null
        }
      />
      <div className="mb-6 flex flex-col gap-3">
        {search.opgeslagen ? <Notice role="status" tone="success" title={t("saved")} /> : null}
        {search.teruggezet ? <Notice role="status" tone="success" title={t("archive.restored")} /> : null}
        {archived ? (
          <Notice tone="warning" title={t("archive.isArchived")}>
            <p>{t("archive.reasonWas", { reason: opgave.archiveReason ?? "" })}</p>
          </Notice>
        ) : null}
      </div>

      <section aria-labelledby="beschrijving" className="mb-8 max-w-3xl">
        <h2 id="beschrijving" className="text-2xl">
          {t("aboutTitle")}
        </h2>
        <p className="mt-2 whitespace-pre-line">{opgave.description}</p>
        <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("form.targetGroup")}</dt>
          <dd>{opgave.targetGroup || t("notFilled")}</dd>
          <dt className="font-semibold">{t("form.area")}</dt>
          <dd>{opgave.area || t("notFilled")}</dd>
          <dt className="font-semibold">{t("form.owner")}</dt>
          <dd>{opgave.ownerName ?? t("notFilled")}</dd>
        </dl>
      </section>

      <section aria-labelledby="veranderplan" className="mb-8 max-w-3xl">
        <h2 id="veranderplan" className="text-2xl">
          {t("veranderplan.link")}
        </h2>
        <p className="mt-1 mb-3">{t("veranderplan.linkIntro")}</p>
        <Link href={`/opgaven/${opgaveId}/veranderplan`}>{t("veranderplan.open")}</Link>
      </section>

      <section aria-labelledby="monitoring" className="mb-8 max-w-3xl">
        <h2 id="monitoring" className="text-2xl">
          {m("linkTitle")}
        </h2>
        <p className="mt-1 mb-3">{m("opgaveLinkIntro")}</p>
        <Link href={`/opgaven/${opgaveId}/monitoring`}>{m("open")}</Link>
      </section>

      <section aria-labelledby="samen-reflecteren" className="mb-8 max-w-3xl">
        <h2 id="samen-reflecteren" className="text-2xl">
          {m("sharedPage.title")}
        </h2>
        <p className="mt-1 mb-3">{m("sharedPage.intro")}</p>
        {shared.page ? (
          <Link href={`/pages/${shared.page.id}`}>{m("sharedPage.open")}</Link>
        ) : shared.mayCreate && !archived ? (
          <ActionButton
            action={createOpgavePageAction.bind(null, opgaveId)}
            label={m("sharedPage.create")}
            pendingLabel={m("sharedPage.creating")}
          />
        ) : (
          <p>{m("sharedPage.empty")}</p>
        )}
      </section>

      <section aria-labelledby="cijfers" className="mb-8">
        <h2 id="cijfers" className="text-2xl">
          {t("figures.title")}
        </h2>
        <p className="mt-1 mb-3 max-w-3xl">{t("figures.intro")}</p>
        {figures.length === 0 ? (
          <p className="mb-3">{t("figures.empty")}</p>
        ) : (
          <Table caption={t("figures.caption", { title: opgave.title })}>
            <thead>
              <tr>
                <Th>{t("figures.label")}</Th>
                <Th>{t("figures.value")}</Th>
                <Th>{t("figures.source")}</Th>
                <Th>{t("figures.measuredOn")}</Th>
                {mayManage && !archived ? <Th>{t("figures.actions")}</Th> : null}
              </tr>
            </thead>
            <tbody>
              {figures.map((figure) => (
                <tr key={figure.id}>
                  <Td>{figure.label}</Td>
                  <Td>
                    {number(figure.value)} {figure.unit}
                  </Td>
                  <Td>{figure.source}</Td>
                  <Td>{figure.measuredOn ? <FormattedDay value={figure.measuredOn} /> : ""}</Td>
                  {mayManage && !archived ? (
                    <Td>
                      <ActionButton
                        action={removeOpgaveFigureAction.bind(null, opgaveId, figure.id)}
                        label={t("figures.remove", { label: figure.label })}
                        pendingLabel={t("figures.removing")}
                      />
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {mayManage && !archived ? (
          <div className="mt-3">
            <FigureForm opgaveId={opgaveId} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="programmas" className="mb-8">
        <h2 id="programmas" className="text-2xl">
          {t("programmes.title")}
        </h2>
        <p className="mt-1 mb-3 max-w-3xl">{t("programmes.intro")}</p>
        {programmes.length === 0 ? <p>{t("programmes.empty")}</p> : null}
        {programmes.map((programme) => (
          <div key={programme.id} className="mb-5 rounded-ik border border-line p-4">
            <h3 className="text-xl">
              <Link href={`/programmes/${programme.id}`}>{programme.name}</Link>
            </h3>
            <p className="text-sm text-muted">
              {programmeT(`statuses.${programme.status}`)} · {programmeT(`phases.${programme.phase}`)}
            </p>
            {programme.indicators.length === 0 ? (
              <p className="mt-2">{t("programmes.noIndicators")}</p>
            ) : (
              <div className="mt-2">
                <Table caption={t("programmes.indicatorsCaption", { name: programme.name })}>
                  <thead>
                    <tr>
                      <Th>{t("programmes.indicator")}</Th>
                      <Th>{t("programmes.latest")}</Th>
                      <Th>{t("programmes.status")}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {programme.indicators.map((indicator) => (
                      <tr key={indicator.id}>
                        <Td>
                          <Link href={`/programmes/${programme.id}/indicators/${indicator.id}`}>{indicator.name}</Link>
                        </Td>
                        <Td>
                          {indicator.latest ? (
                            <>
                              {number(indicator.latest.value)} {indicator.unit} (
                              <FormattedDay value={indicator.latest.measuredOn} />)
                            </>
                          ) : (
                            t("programmes.noMeasurement")
                          )}
                        </Td>
                        <Td>{programmeT(`indicatorStatus.${indicator.status}`)}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </div>
            )}
            {mayEditProgramme.has(programme.id) ? (
              <div className="mt-3">
                <ActionButton
                  action={unlinkProgrammeAction.bind(null, opgaveId, programme.id)}
                  label={t("programmes.unlink", { name: programme.name })}
                  pendingLabel={t("programmes.unlinking")}
                />
              </div>
            ) : null}
          </div>
        ))}
        {!archived && toLink.length > 0 ? <LinkProgrammeForm opgaveId={opgaveId} programmes={toLink} /> : null}
      </section>

      <section aria-labelledby="rangorde" className="mb-8">
        <h2 id="rangorde" className="text-2xl">
          {t("history.title")}
        </h2>
        <p className="mt-1 mb-3 max-w-3xl">{t("history.intro")}</p>
        {history.length === 0 ? (
          <p>{t("history.empty")}</p>
        ) : (
          <Table caption={t("history.caption", { title: opgave.title })}>
            <thead>
              <tr>
                <Th>{t("history.when")}</Th>
                <Th>{t("history.change")}</Th>
                <Th>{t("history.session")}</Th>
                <Th>{t("history.by")}</Th>
              </tr>
            </thead>
            <tbody>
              {history.map((change) => (
                <tr key={change.id}>
                  <Td>
                    <FormattedDate value={change.changedAt} format="short" />
                  </Td>
                  <Td>
                    {t("history.fromTo", {
                      from: change.fromRank === null ? "—" : String(change.fromRank),
                      to: change.toRank === null ? "—" : String(change.toRank),
                    })}
                  </Td>
                  <Td>
                    {change.sessionId ? (
                      <Link href={`/strategic-sessions/${change.sessionId}`}>{change.sessionTitle}</Link>
                    ) : (
                      ""
                    )}
                  </Td>
                  <Td>{change.changedByName}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      {mayManage ? (
        <section aria-labelledby="archiveren" className="mb-8">
          <h2 id="archiveren" className="sr-only">
            {t("archive.title")}
          </h2>
          <OpgaveArchive opgaveId={opgaveId} archived={archived} />
        </section>
      ) : null}
    </>
  );
}
