// The dashboard's table: one row per programme. Every number links to the items behind it; the link text says what it
// counts ("3 uit koers") and the row and column headers say where.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
import { INDICATOR_STATUSES } from "@/lib/domain/constants";
import type { Period, ProgrammeFigures } from "@/lib/domain/dashboard";
import { getRoute, isRouteKey, localise } from "@/lib/domain/scenarios";
import { dayIn } from "@/lib/domain/time";
import { shortLocale } from "@/lib/i18n/settings";
import { type COUNT_COLUMNS, type CountUnits, type ProgrammeRow, ProgrammeRows } from "./programme-rows";
import { reasonSummary } from "./reason-lines";

/** The message of each count's words (dashboard.short), by the keys of COUNT_COLUMNS. */
const UNIT_MESSAGES: Record<(typeof COUNT_COLUMNS)[number][number], string> = {
  ...(Object.fromEntries(INDICATOR_STATUSES.map((status) => [`indicators:${status}`, status])) as Record<
    `indicators:${(typeof INDICATOR_STATUSES)[number]}`,
    string
  >),
  criticalUntested: "criticalUntested",
  refuted: "refuted",
  studiesRunning: "studiesRunning",
  questionsOpen: "questionsOpen",
  questionsAnswered: "questionsAnswered",
  waiting: "waiting",
  proposed: "proposed",
  decided: "decided",
  overdueMeasurements: "overdueMeasurements",
  overdueQuestions: "overdueQuestions",
  overdueActions: "overdueActions",
};

export async function ProgrammeTable({ rows, period }: { rows: ProgrammeFigures[]; period: Period }) {
  const [t, programmesT, format, locale, why] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("programmes"),
    getFormatter(),
    getLocale().then(shortLocale),
    reasonSummary(),
  ]);

  const units: CountUnits = Object.fromEntries(
    Object.entries(UNIT_MESSAGES).map(([key, message]) => [
      key,
      [t(`short.${message}` as "short.waiting", { count: 1 }), t(`short.${message}` as "short.waiting", { count: 2 })],
    ]),
  );

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
        ? { iso: dayIn(row.lastActivityAt), text: format.dateTime(row.lastActivityAt, "short") }
        : null,
      counts: [
        INDICATOR_STATUSES.map((status) => row.indicators[status]),
        [row.assumptions.criticalUntested, row.assumptions.refuted],
        [row.studiesRunning, row.questions.open, row.questions.answered],
        [row.corrections.waiting, row.corrections.proposed, row.corrections.decided],
        [row.overdue.measurements, row.overdue.questions, row.overdue.actions],
      ],
    };
  });

  return (
    <Table caption={t("table.caption")}>
      {/* The look of Th (compact), set once for the row. */}
      <thead className="text-sm [&_th]:border-b-2 [&_th]:border-ink [&_th]:px-2 [&_th]:py-2 [&_th]:font-semibold">
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
            <th key={key} scope="col">
              {t(key)}
            </th>
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
        units={units}
      />
    </Table>
  );
}
