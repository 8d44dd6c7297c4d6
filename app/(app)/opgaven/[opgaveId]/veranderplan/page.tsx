import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { AgreedEffectForm } from "@/components/veranderplan/agreed-effect-form";
import { indicatorFormText } from "@/components/veranderplan/indicator-form-text";
import { MilestoneForm } from "@/components/veranderplan/milestone-form";
import { NewIndicatorForm } from "@/components/veranderplan/new-indicator-form";
import { getVeranderplan, veranderplanOptions } from "@/db/queries/veranderplan";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/domain/permissions";
import { archiveMilestoneAction, restoreAgreedEffectAction } from "./actions";

type Props = { params: Promise<{ opgaveId: string }> };
type Search = { searchParams: Promise<Record<string, string | undefined>> };

const FLAGS = {
  opgeslagen: "saved",
  mijlpaal: "milestones.added",
  mijlpaalGewijzigd: "milestones.changed",
  effect: "effects.added",
  gecorrigeerd: "effects.corrected",
  gearchiveerd: "effects.archived",
  teruggezet: "effects.restored",
  indicator: "newIndicator.added",
} as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const opgaveId = idParam((await params).opgaveId);
  const [{ opgave }, t] = await Promise.all([
    orNotFound(getVeranderplan({ opgaveId })),
    getTranslations("opgaven.veranderplan"),
  ]);
  return { title: `${t("title")}: ${opgave.title}` };
}

export default async function VeranderplanPage({ params, searchParams }: Props & Search) {
  const opgaveId = idParam((await params).opgaveId);
  const [data, viewer, search, t, format] = await Promise.all([
    orNotFound(getVeranderplan({ opgaveId })),
    requireViewer(),
    searchParams,
    getTranslations("opgaven.veranderplan"),
    getFormatter(),
  ]);
  const { opgave, plan, partners, milestones, effects, archivedEffects } = data;
  const archived = opgave.archivedAt !== null;
  const mayManage = can(viewer.role, "opgaven.manage") && !archived;
  const [options, indicatorText] = mayManage
    ? await Promise.all([orNotFound(veranderplanOptions({ opgaveId })), indicatorFormText()])
    : [null, null];
  const flag = Object.entries(FLAGS).find(([key]) => search[key]);
  const value = (number: number, unit: string, day: string) =>
    t("effects.valueOn", {
      value: format.number(number, { maximumFractionDigits: 6 }),
      unit,
      day: format.dateTime(new Date(`${day}T12:00:00Z`), "date"),
    });
  return (
    <>
      <PageHeader
        title={`${t("title")}: ${opgave.title}`}
        intro={t("intro")}
        back={<BackLink href={`/opgaven/${opgaveId}`}>{t("back")}</BackLink>}
        actions={
          mayManage && plan ? (
            <Link href={`/opgaven/${opgaveId}/veranderplan/edit`} className={buttonClass("secondary")}>
              {t("edit")}
            </Link>
          ) : null
        }
      />
      <div className="mb-6 flex flex-col gap-3">
        {flag ? <Notice role="status" tone="success" title={t(flag[1])} /> : null}
        {archived ? <Notice tone="warning" title={t("archivedOpgave")} /> : null}
      </div>

      <section aria-labelledby="verandering" className="mb-8 max-w-3xl">
        <h2 id="verandering" className="text-2xl">
          {t("changeTitle")}
        </h2>
        {plan ? (
          <>
            <p className="mt-2 whitespace-pre-line">{plan.change}</p>
            <p className="mt-2 text-sm text-muted">
              {t("lastSaved", { day: format.dateTime(plan.updatedAt, "date") })}
            </p>
            <h3 className="mt-6 text-xl">{t("strategiesTitle")}</h3>
            <p className="mt-2 whitespace-pre-line">{plan.strategies || t("noStrategies")}</p>
            <h3 className="mt-6 text-xl">{t("partnersTitle")}</h3>
            {partners.length ? (
              <ul className="mt-2 list-disc pl-5">
                {partners.map((partner) => (
                  <li key={partner.id}>{partner.name}</li>
                ))}
              </ul>
            ) : (
              <p className="mt-2">{t("noPartners")}</p>
            )}
          </>
        ) : (
          <div className="mt-2 flex flex-col items-start gap-3">
            <p>{mayManage ? t("emptyManage") : t("empty")}</p>
            {mayManage ? (
              <Link href={`/opgaven/${opgaveId}/veranderplan/edit`} className={buttonClass("primary")}>
                {t("write")}
              </Link>
            ) : null}
          </div>
        )}
      </section>

      <section aria-labelledby="mijlpalen" className="mb-8">
        <h2 id="mijlpalen" className="text-2xl">
          {t("milestones.title")}
        </h2>
        <p className="mt-1 mb-3 max-w-3xl">{t("milestones.intro")}</p>
        {milestones.length === 0 ? (
          <p className="mb-3">{plan ? t("milestones.empty") : t("milestones.needsPlan")}</p>
        ) : (
          <Table caption={t("milestones.caption", { title: opgave.title })}>
            <thead>
              <tr>
                <Th>{t("milestones.year")}</Th>
                <Th>{t("milestones.description")}</Th>
                <Th>{t("milestones.owner")}</Th>
                <Th>{t("milestones.state")}</Th>
                {mayManage ? <Th>{t("milestones.actions")}</Th> : null}
              </tr>
            </thead>
            <tbody>
              {milestones.map((milestone) => (
                <tr key={milestone.id}>
                  <Td>{milestone.year}</Td>
                  <Td className="whitespace-pre-line">{milestone.description}</Td>
                  <Td>{milestone.ownerName}</Td>
                  <Td>{milestone.doneAt ? t("milestones.stateDone") : t("milestones.stateOpen")}</Td>
                  {mayManage ? (
                    <Td className="flex flex-wrap items-start gap-3">
                      <Link
                        href={`/opgaven/${opgaveId}/veranderplan/mijlpalen/${milestone.id}`}
                        aria-label={t("milestones.editLabel", {
                          year: milestone.year,
                          description: milestone.description,
                        })}
                      >
                        {t("milestones.edit")}
                      </Link>
                      <ActionButton
                        action={archiveMilestoneAction.bind(null, opgaveId, milestone.id)}
                        label={
                          <>
                            {t("milestones.removeShort")}
                            <span className="sr-only">
                              {" "}
                              {t("milestones.remove", { year: milestone.year, description: milestone.description })}
                            </span>
                          </>
                        }
                        pendingLabel={t("milestones.removing")}
                      />
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {mayManage && plan && options ? (
          <div className="mt-4">
            <MilestoneForm opgaveId={opgaveId} owners={options.owners} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="effecten" className="mb-8">
        <h2 id="effecten" className="text-2xl">
          {t("effects.title")}
        </h2>
        <p className="mt-1 mb-3 max-w-3xl">{t("effects.intro")}</p>
        {effects.length === 0 ? (
          <p className="mb-3">{t("effects.empty")}</p>
        ) : (
          <Table caption={t("effects.caption", { title: opgave.title })}>
            <thead>
              <tr>
                <Th>{t("effects.effect")}</Th>
                <Th>{t("effects.indicator")}</Th>
                <Th>{t("effects.baseline")}</Th>
                <Th>{t("effects.target")}</Th>
                {mayManage ? <Th>{t("effects.actions")}</Th> : null}
              </tr>
            </thead>
            <tbody>
              {effects.map((effect) => (
                <tr key={effect.id}>
                  <Td>{effect.description}</Td>
                  <Td>
                    <Link href={`/programmes/${effect.programmeId}/indicators/${effect.indicatorId}`}>
                      {effect.indicatorName}
                    </Link>
                    <span className="block text-sm text-muted">{effect.programmeName}</span>
                  </Td>
                  <Td>{value(effect.baselineValue, effect.unit, effect.baselineDate)}</Td>
                  <Td>{value(effect.targetValue, effect.unit, effect.targetDate)}</Td>
                  {mayManage ? (
                    <Td>
                      <Link
                        href={`/opgaven/${opgaveId}/veranderplan/effecten/${effect.id}`}
                        aria-label={t("effects.correctLabel", { description: effect.description })}
                      >
                        {t("effects.correct")}
                      </Link>
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {archivedEffects.length > 0 ? (
          <div className="mt-6">
            <h3 className="mb-2 text-xl">{t("effects.archivedTitle")}</h3>
            <Table caption={t("effects.archivedCaption", { title: opgave.title })}>
              <thead>
                <tr>
                  <Th>{t("effects.effect")}</Th>
                  <Th>{t("effects.archivedReason")}</Th>
                  <Th>{t("effects.archivedBy")}</Th>
                  {mayManage ? <Th>{t("effects.actions")}</Th> : null}
                </tr>
              </thead>
              <tbody>
                {archivedEffects.map((effect) => (
                  <tr key={effect.id}>
                    <Td>{effect.description}</Td>
                    <Td>{effect.archiveReason}</Td>
                    <Td>
                      {effect.archivedByName}
                      {effect.archivedAt ? (
                        <span className="block text-sm text-muted">
                          <FormattedDate value={effect.archivedAt} format="short" />
                        </span>
                      ) : null}
                    </Td>
                    {mayManage ? (
                      <Td>
                        <ActionButton
                          action={restoreAgreedEffectAction.bind(null, opgaveId, effect.id)}
                          label={
                            <>
                              {t("effects.restore")}
                              <span className="sr-only">
                                {" "}
                                {t("effects.restoreLabel", { description: effect.description })}
                              </span>
                            </>
                          }
                          pendingLabel={t("effects.restoring")}
                        />
                      </Td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        ) : null}
        {mayManage && options ? (
          <>
            <div className="mt-6">
              <h3 className="mb-2 text-xl">{t("effects.addTitle")}</h3>
              {options.indicators.length === 0 ? <p className="mb-3">{t("effects.noIndicators")}</p> : null}
              <AgreedEffectForm opgaveId={opgaveId} indicators={options.indicators} />
            </div>
            <details className="mt-6">
              <summary className="cursor-pointer font-semibold text-link">{t("newIndicator.title")}</summary>
              <div className="mt-3">
                <p className="mb-3 max-w-3xl">{t("newIndicator.intro")}</p>
                {options.programmes.length === 0 || !indicatorText ? (
                  <p>{t("newIndicator.none")}</p>
                ) : (
                  <NewIndicatorForm opgaveId={opgaveId} programmes={options.programmes} text={indicatorText} />
                )}
              </div>
            </details>
          </>
        ) : null}
      </section>
    </>
  );
}
