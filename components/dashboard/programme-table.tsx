// The dashboard's table: one row per programme. Every number links to the items behind it; the link text says what it
// counts ("3 uit koers") and the row and column headers say where.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Table, Th } from "@/components/ui/table";
import { INDICATOR_STATUSES } from "@/lib/domain/constants";
import type { Period, ProgrammeFigures } from "@/lib/domain/dashboard";
import { getRoute, isRouteKey, localise } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";
import { type ProgrammeRow, ProgrammeRows, type RowCount } from "./programme-rows";
import { reasonSummary } from "./reason-lines";

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

export async function ProgrammeTable({ rows, period }: { rows: ProgrammeFigures[]; period: Period }) {
  const [t, programmesT, format, locale, why] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("programmes"),
    getFormatter(),
    getLocale().then(shortLocale),
    reasonSummary(),
  ]);

  const counts = (items: [key: string, short: ShortKey, value: number][]): RowCount[] =>
    items.map(([key, short, value]) => [
      key,
      value,
      `${format.number(value)} ${t(`short.${short}`, { count: value })}`,
    ]);

  const data: ProgrammeRow[] = rows.map((row) => {
    const { programme } = row;
    return {
      id: programme.id,
      name: programme.name,
      route:
        programme.route && isRouteKey(programme.route)
          ? localise(getRoute(programme.route).name, locale)
          : t("table.noRoute"),
      owner: t("table.owner", { name: programme.ownerName }),
      why: why(row.reasons),
      phase: programmesT("roundPhase", { round: programme.round, phase: programmesT(`phases.${programme.phase}`) }),
      status: programmesT(`statuses.${programme.status}`),
      lastActivity: row.lastActivityAt
        ? { iso: row.lastActivityAt.toISOString(), text: format.dateTime(row.lastActivityAt, "short") }
        : null,
      cells: [
        counts(INDICATOR_STATUSES.map((status) => [`indicators:${status}`, status, row.indicators[status]])),
        counts([
          ["criticalUntested", "criticalUntested", row.assumptions.criticalUntested],
          ["refuted", "refuted", row.assumptions.refuted],
        ]),
        counts([
          ["studiesRunning", "studiesRunning", row.studiesRunning],
          ["questionsOpen", "questionsOpen", row.questions.open],
          ["questionsAnswered", "questionsAnswered", row.questions.answered],
        ]),
        counts([
          ["waiting", "waiting", row.corrections.waiting],
          ["proposed", "proposed", row.corrections.proposed],
          ["decided", "decided", row.corrections.decided],
        ]),
        counts([
          ["overdueMeasurements", "overdueMeasurements", row.overdue.measurements],
          ["overdueQuestions", "overdueQuestions", row.overdue.questions],
          ["overdueActions", "overdueActions", row.overdue.actions],
        ]),
      ],
    };
  });

  return (
    <Table caption={t("table.caption")}>
      <thead>
        <tr>
          {(
            [
              "table.programme",
              "why.title",
              "table.phaseAndActivity",
              "table.indicators",
              "table.assumptions",
              "table.studiesAndQuestions",
              "table.corrections",
              "table.overdue",
            ] as const
          ).map((key) => (
            <Th key={key} compact className="text-sm">
              {t(key)}
            </Th>
          ))}
        </tr>
      </thead>
      <ProgrammeRows
        rows={data}
        period={period}
        labels={{
          none: why.none,
          lastActivity: t("table.lastActivity"),
          noActivity: t("table.noActivity").toLowerCase(),
        }}
      />
    </Table>
  );
}
