// The dashboard's table: one row per programme. Every number links to the items behind it; the link text says what it
// counts ("3 uit koers") and the row and column headers say where.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import { INDICATOR_STATUSES } from "@/lib/domain/constants";
import type { Period, ProgrammeFigures } from "@/lib/domain/dashboard";
import { getRoute, isRouteKey, localise } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";
import { ReasonLines } from "./reason-lines";
import { reasonHrefs } from "./reason-links";

const SHORT_KEYS = [
  ...INDICATOR_STATUSES,
  "criticalUntested",
  "refuted",
  "studiesRunning",
  "questionsOpen",
  "questionsAnswered",
  "waiting",
  "proposed",
  "decided",
  "overdueMeasurements",
  "overdueQuestions",
  "overdueActions",
] as const;
type ShortKey = (typeof SHORT_KEYS)[number];
type Count = { key: ShortKey; value: number; href: string };

export async function ProgrammeTable({ rows, period }: { rows: ProgrammeFigures[]; period: Period }) {
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
            {t("why.title")}
          </Th>
          <Th compact className="text-sm">
            {t("table.phaseAndActivity")}
          </Th>
          <Th compact className="text-sm">
            {t("table.indicators")}
          </Th>
          <Th compact className="text-sm">
            {t("table.assumptions")}
          </Th>
          <Th compact className="text-sm">
            {t("table.studiesAndQuestions")}
          </Th>
          <Th compact className="text-sm">
            {t("table.corrections")}
          </Th>
          <Th compact className="text-sm">
            {t("table.overdue")}
          </Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const { programme } = row;
          const base = `/programmes/${programme.id}`;
          const href = reasonHrefs(programme.id, period);
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
              <Td compact className="min-w-36 text-sm wrap-anywhere">
                <ReasonLines reasons={row.reasons} />
              </Td>
              <Td compact className="text-sm">
                {programmesT("roundPhase", {
                  round: programme.round,
                  phase: programmesT(`phases.${programme.phase}`),
                })}
                <span className="block text-muted">{programmesT(`statuses.${programme.status}`)}</span>
                <span className="mt-1 block text-muted">
                  {t("table.lastActivity")}:{" "}
                  {row.lastActivityAt ? (
                    <FormattedDate value={row.lastActivityAt} format="short" />
                  ) : (
                    t("table.noActivity").toLowerCase()
                  )}
                </span>
              </Td>
              <Td compact>
                {counts(
                  INDICATOR_STATUSES.map((status) => ({
                    key: status,
                    value: row.indicators[status],
                    href: href.indicators(status),
                  })),
                )}
              </Td>
              <Td compact>
                {counts([
                  {
                    key: "criticalUntested",
                    value: row.assumptions.criticalUntested,
                    href: href.criticalUntested,
                  },
                  { key: "refuted", value: row.assumptions.refuted, href: href.refuted },
                ])}
              </Td>
              <Td compact>
                {counts([
                  { key: "studiesRunning", value: row.studiesRunning, href: href.studiesRunning },
                  {
                    key: "questionsOpen",
                    value: row.questions.open,
                    href: href.questionsOpen,
                  },
                  { key: "questionsAnswered", value: row.questions.answered, href: href.questionsAnswered },
                ])}
              </Td>
              <Td compact>
                {counts([
                  { key: "waiting", value: row.corrections.waiting, href: href.waiting },
                  { key: "proposed", value: row.corrections.proposed, href: href.proposed },
                  { key: "decided", value: row.corrections.decided, href: href.decided },
                ])}
              </Td>
              <Td compact>
                {counts([
                  { key: "overdueMeasurements", value: row.overdue.measurements, href: href.overdueMeasurements },
                  { key: "overdueQuestions", value: row.overdue.questions, href: href.overdueQuestions },
                  { key: "overdueActions", value: row.overdue.actions, href: href.overdueActions },
                ])}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
