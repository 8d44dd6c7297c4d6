// The monitoring of agreed effects (route 2), shared by the opgave's and the framework's monitoring pages and the
// programme report: a summary table of the effects, per effect the partners' parts with a bar chart beside the same
// figures as a table, the effects that share an indicator, what is late, and the partners' stories.
import { getFormatter, getTranslations } from "next-intl/server";
import { Pager } from "@/components/lists/active-filter";
import { FormattedDay } from "@/components/ui/formatted-date";
import { Table, Td, Th } from "@/components/ui/table";
import type { EffectMonitoring } from "@/db/queries/effect-monitoring";
import { shareOfTarget } from "@/lib/domain/effect-monitoring";

type Monitoring = Pick<EffectMonitoring, "effects" | "shared" | "late" | "narratives" | "ownPartOnly">;
type Effect = Monitoring["effects"][number];

async function formatters() {
  const [t, format] = await Promise.all([getTranslations("monitoring"), getFormatter()]);
  const number = (value: number) => format.number(value, { maximumFractionDigits: 6 });
  const withUnit = (value: number, unit: string) => `${number(value)}${unit ? ` ${unit}` : ""}`;
  const share = (total: number, target: number | null) => {
    const part = shareOfTarget(total, target);
    return part === null ? t("none") : t("percent", { share: format.number(part * 100, { maximumFractionDigits: 0 }) });
  };
  return { t, number, withUnit, share };
}

/** One row per agreed effect: indicator, baseline, target, what was reported (approved), the share and what is late. */
export async function EffectSummaryTable({ data, caption }: { data: Monitoring; caption: string }) {
  const { t, withUnit, share } = await formatters();
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("columns.effect")}</Th>
          <Th>{t("columns.indicator")}</Th>
          <Th>{t("columns.baseline")}</Th>
          <Th>{t("columns.target")}</Th>
          <Th>{data.ownPartOnly ? t("columns.ownReported") : t("columns.reported")}</Th>
          <Th>{t("columns.share")}</Th>
          <Th>{t("columns.late")}</Th>
        </tr>
      </thead>
      <tbody>
        {data.effects.map((effect) => (
          <tr key={effect.id}>
            <Td>{effect.description}</Td>
            <Td>{effect.indicatorName}</Td>
            <Td>
              {withUnit(effect.baselineValue, effect.unit)} (<FormattedDay value={effect.baselineDate} />)
            </Td>
            <Td>
              {withUnit(effect.targetValue, effect.unit)} (<FormattedDay value={effect.targetDate} />)
            </Td>
            <Td>{withUnit(effect.monitoring.total, effect.unit)}</Td>
            <Td>
              {share(
                effect.monitoring.total,
                data.ownPartOnly ? effect.monitoring.grantedTarget : effect.monitoring.targetValue,
              )}
            </Td>
            <Td>{effect.lateCount}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** A bar per partner (and together): the approved total against the target. Decorative: the table has the figures. */
async function PartnerChart({ effect, ownPartOnly }: { effect: Effect; ownPartOnly: boolean }) {
  const { t } = await formatters();
  const { monitoring } = effect;
  const bars = [
    ...monitoring.partners.map((p) => ({
      key: String(p.partnerId),
      label: p.partnerName,
      value: p.total,
      target: p.target,
    })),
    ...(ownPartOnly
      ? []
      : [{ key: "samen", label: t("together"), value: monitoring.total, target: monitoring.targetValue }]),
  ];
  const scale = Math.max(1, ...bars.flatMap((b) => [b.value, b.target ?? 0]));
  return (
    <figure className="min-w-0 flex-1" aria-hidden="true">
      <ul className="flex flex-col gap-2">
        {bars.map((bar) => (
          <li key={bar.key}>
            <span className="block text-sm">{bar.label}</span>
            <span className="relative block h-4 w-full rounded-ik border border-line">
              <span
                className="absolute inset-y-0 left-0 block bg-primary"
                style={{ width: `${(bar.value / scale) * 100}%` }}
              />
              {bar.target !== null ? (
                <span
                  className="absolute inset-y-0 block w-0.5 bg-ink"
                  style={{ left: `${Math.min(100, (bar.target / scale) * 100)}%` }}
                />
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      <figcaption className="mt-1 text-sm text-muted">{t("chartLabel")}</figcaption>
    </figure>
  );
}

/** The effects one by one, with the partners' parts: a table, and beside it the same figures as bars. */
export async function EffectDetails({ data }: { data: Monitoring }) {
  const { t, withUnit, share } = await formatters();
  return (
    <>
      {data.effects.map((effect) => {
        const { monitoring } = effect;
        return (
          <section key={effect.id} aria-labelledby={`effect-${effect.id}`} className="mb-8">
            <h3 id={`effect-${effect.id}`} className="text-xl">
              {effect.description}
            </h3>
            <p className="text-sm text-muted">
              {effect.indicatorName} · {t("programme", { name: effect.programmeName })}
            </p>
            {monitoring.pendingCount > 0 ? (
              <p className="mt-2">{t("pending", { count: monitoring.pendingCount })}</p>
            ) : null}
            {monitoring.partners.length === 0 ? (
              <p className="mt-2">{t("noReports")}</p>
            ) : (
              <div className="mt-3 flex flex-col gap-4 lg:flex-row">
                <div className="min-w-0 lg:flex-[2]">
                  <Table caption={t("perPartnerCaption", { description: effect.description })}>
                    <thead>
                      <tr>
                        <Th>{t("columns.partner")}</Th>
                        <Th>{t("columns.reported")}</Th>
                        <Th>{t("columns.reports")}</Th>
                        <Th>{data.ownPartOnly ? t("columns.ownTarget") : t("columns.grantedTarget")}</Th>
                        <Th>{t("columns.share")}</Th>
                      </tr>
                    </thead>
                    <tbody>
                      {monitoring.partners.map((part) => (
                        <tr key={part.partnerId}>
                          <Td>{part.partnerName}</Td>
                          <Td>{withUnit(part.total, effect.unit)}</Td>
                          <Td>{part.valueCount}</Td>
                          <Td>{part.target === null ? t("none") : withUnit(part.target, effect.unit)}</Td>
                          <Td>{share(part.total, part.target)}</Td>
                        </tr>
                      ))}
                      {data.ownPartOnly ? null : (
                        <tr>
                          <Td className="font-semibold">{t("together")}</Td>
                          <Td className="font-semibold">{withUnit(monitoring.total, effect.unit)}</Td>
                          <Td>{monitoring.valueCount}</Td>
                          <Td>
                            {withUnit(monitoring.targetValue, effect.unit)}
                            {monitoring.grantedTarget !== null
                              ? ` · ${t("columns.grantedTarget")}: ${withUnit(monitoring.grantedTarget, effect.unit)}`
                              : ""}
                          </Td>
                          <Td>{share(monitoring.total, monitoring.targetValue)}</Td>
                        </tr>
                      )}
                    </tbody>
                  </Table>
                </div>
                <PartnerChart effect={effect} ownPartOnly={data.ownPartOnly} />
              </div>
            )}
          </section>
        );
      })}
      {data.shared.length > 0 ? (
        <section aria-labelledby="zelfde-indicator" className="mb-8 max-w-3xl">
          <h3 id="zelfde-indicator" className="text-xl">
            {t("sharedTitle")}
          </h3>
          <p className="mt-1">{t("sharedIntro")}</p>
          <ul className="mt-2 list-disc pl-6">
            {data.shared.map((s) => (
              <li key={s.indicatorId}>
                {t("sharedLine", {
                  indicator: s.effects[0]?.indicatorName ?? "",
                  total: withUnit(s.total, s.effects[0]?.unit ?? ""),
                  count: s.valueCount,
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** The periods past their due date without a report handed in. */
export async function LateReports({ data }: { data: Monitoring }) {
  const { t } = await formatters();
  return (
    <section aria-labelledby="te-laat" className="mb-8">
      <h2 id="te-laat" className="text-2xl">
        {t("lateTitle")}
      </h2>
      <p className="mt-1 mb-3 max-w-3xl">{t("lateIntro")}</p>
      {data.late.length === 0 ? (
        <p>{t("lateEmpty")}</p>
      ) : (
        <Table caption={t("lateCaption")}>
          <thead>
            <tr>
              <Th>{t("lateColumns.partner")}</Th>
              <Th>{t("lateColumns.programme")}</Th>
              <Th>{t("lateColumns.period")}</Th>
              <Th>{t("lateColumns.due")}</Th>
              <Th>{t("lateColumns.status")}</Th>
            </tr>
          </thead>
          <tbody>
            {data.late.map((period) => (
              <tr key={period.periodId}>
                <Td>{period.partnerName}</Td>
                <Td>{period.programmeName}</Td>
                <Td>
                  <FormattedDay value={period.startsOn} /> – <FormattedDay value={period.endsOn} />
                </Td>
                <Td>
                  <FormattedDay value={period.dueOn} />
                </Td>
                <Td>
                  {t(
                    `statuses.${period.status === "concept" || period.status === "teruggestuurd" ? period.status : "none"}`,
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

/** The partners' stories from their approved reports, a screen at a time. */
export async function Narratives({ data, href }: { data: Monitoring; href: (page: number) => string }) {
  const { t } = await formatters();
  const { narratives } = data;
  return (
    <section aria-labelledby="verhalen" className="mb-8 max-w-3xl">
      <h2 id="verhalen" className="text-2xl">
        {t("narrativesTitle")}
      </h2>
      <p className="mt-1 mb-3">{t("narrativesIntro")}</p>
      {narratives.total === 0 ? <p>{t("narrativesEmpty")}</p> : null}
      {narratives.rows.map((story) => (
        <article key={story.submissionId} className="mb-5 rounded-ik border border-line p-4">
          <h3 className="text-lg">
            {story.partnerName}, <FormattedDay value={story.startsOn} /> – <FormattedDay value={story.endsOn} />
          </h3>
          <p className="text-sm text-muted">{t("programme", { name: story.programmeName })}</p>
          <dl className="mt-2 grid gap-y-1">
            <dt className="font-semibold">{t("wentWell")}</dt>
            <dd className="whitespace-pre-line">{story.wentWell || t("notFilled")}</dd>
            <dt className="font-semibold">{t("wentLess")}</dt>
            <dd className="whitespace-pre-line">{story.wentLess || t("notFilled")}</dd>
            <dt className="font-semibold">{t("learned")}</dt>
            <dd className="whitespace-pre-line">{story.learned || t("notFilled")}</dd>
          </dl>
        </article>
      ))}
      <Pager
        page={narratives.page}
        pageCount={narratives.pageCount}
        href={href}
        labels={{
          nav: t("pagination"),
          previous: t("previous"),
          next: t("next"),
          pageOf: t("pageOf", { page: narratives.page, pages: narratives.pageCount }),
        }}
      />
    </section>
  );
}
