// The dashboard's table: one row per programme. Every number links to the items behind it; the link text says what it
// counts ("3 uit koers") and the row and column headers say where. Plain links without prefetching: a portfolio of
// forty programmes has hundreds of them, and each would otherwise be a client component prefetched on view.
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Table, Td, Th } from "@/components/ui/table";
import { INDICATOR_STATUSES } from "@/lib/domain/constants";
import type { ProgrammeFigures } from "@/lib/domain/dashboard";
import { getRoute, isRouteKey, localise } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";

const SHORT_KEYS = [
  ...INDICATOR_STATUSES,
  "criticalUntested",
  "refuted",
  "studiesRunning",
  "questionsOpen",
  "questionsAnswered",
  "proposed",
  "decided",
  "overdueMeasurements",
  "overdueQuestions",
] as const;
type ShortKey = (typeof SHORT_KEYS)[number];
type Count = { key: ShortKey; value: number; href: string };

export async function ProgrammeTable({ rows }: { rows: ProgrammeFigures[] }) {
  const [t, programmesT, format, locale] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("programmes"),
    getFormatter(),
    getLocale().then(shortLocale),
  ]);

  const counts = (items: Count[]) =>
    items.map((item) => (
      <a
        key={item.key}
        href={item.href}
        className={item.value === 0 ? "block min-h-6 text-sm text-muted" : "block min-h-6 text-sm font-semibold"}
      >
        {format.number(item.value)} {t(`short.${item.key}`, { count: item.value })}
      </a>
    ));

  return (
    <Table caption={t("table.caption")}>
      <thead>
        <tr>
          <Th compact className="text-sm">
            {t("table.programme")}
          </Th>
          <Th compact className="text-sm">
            {t("table.phase")}
          </Th>
          <Th compact className="text-sm">
            {t("table.indicators")}
          </Th>
          <Th compact className="text-sm">
            {t("table.assumptions")}
          </Th>
          <Th compact className="text-sm">
            {t("table.studies")}
          </Th>
          <Th compact className="text-sm">
            {t("table.questions")}
          </Th>
          <Th compact className="text-sm">
            {t("table.corrections")}
          </Th>
          <Th compact className="text-sm">
            {t("table.overdue")}
          </Th>
          <Th compact className="text-sm">
            {t("table.lastActivity")}
          </Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const { programme } = row;
          const base = `/programmes/${programme.id}`;
          const name = programme.name;
          return (
            <tr key={programme.id}>
              <th scope="row" className="min-w-36 border-b border-line px-2 py-2 text-left align-top font-normal">
                <Link href={base} className="font-semibold">
                  {name}
                </Link>
                <span className="block text-sm text-muted">
                  {programme.route && isRouteKey(programme.route)
                    ? localise(getRoute(programme.route).name, locale)
                    : t("table.noRoute")}
                </span>
                <span className="block text-sm text-muted">{t("table.owner", { name: programme.ownerName })}</span>
              </th>
              <Td compact className="text-sm">
                {programmesT("roundPhase", {
                  round: programme.round,
                  phase: programmesT(`phases.${programme.phase}`),
                })}
                <span className="block text-muted">{programmesT(`statuses.${programme.status}`)}</span>
              </Td>
              <Td compact>
                {counts(
                  INDICATOR_STATUSES.map((status) => ({
                    key: status,
                    value: row.indicators[status],
                    href: `${base}/indicators`,
                  })),
                )}
              </Td>
              <Td compact>
                {counts([
                  {
                    key: "criticalUntested",
                    value: row.assumptions.criticalUntested,
                    href: `${base}/assumptions?criticality=hoog&status=ongetoetst`,
                  },
                  { key: "refuted", value: row.assumptions.refuted, href: `${base}/assumptions?status=weerlegd` },
                ])}
              </Td>
              <Td compact>{counts([{ key: "studiesRunning", value: row.studiesRunning, href: `${base}/studies` }])}</Td>
              <Td compact>
                {counts([
                  {
                    key: "questionsOpen",
                    value: row.questions.open,
                    href: `${base}/learning-questions#leervragen-open`,
                  },
                  {
                    key: "questionsAnswered",
                    value: row.questions.answered,
                    href: `${base}/learning-questions#leervragen-answered`,
                  },
                ])}
              </Td>
              <Td compact>
                {counts([
                  { key: "proposed", value: row.corrections.proposed, href: `${base}/corrections` },
                  { key: "decided", value: row.corrections.decided, href: `${base}/corrections` },
                ])}
              </Td>
              <Td compact>
                {counts([
                  { key: "overdueMeasurements", value: row.overdue.measurements, href: `${base}/indicators` },
                  {
                    key: "overdueQuestions",
                    value: row.overdue.questions,
                    href: `${base}/learning-questions#leervragen-open`,
                  },
                ])}
              </Td>
              <Td compact className="text-sm">
                {row.lastActivityAt ? (
                  <FormattedDate value={row.lastActivityAt} format="short" />
                ) : (
                  t("table.noActivity")
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
