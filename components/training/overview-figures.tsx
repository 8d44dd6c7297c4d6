// The figures of a track in words, shared by the track's overview and the management table.
import type { getTranslations } from "next-intl/server";
import type { GoalsReached } from "@/lib/domain/training-overview";

type T = Awaited<ReturnType<typeof getTranslations<"training.overview">>>;

export function attendanceText(t: T, attendance: { present: number; recorded: number; rate: number | null }) {
  return attendance.rate === null ? t("noAttendance") : t("rate", { rate: attendance.rate });
}

export function reachedText(t: T, reached: GoalsReached) {
  if (reached.total === 0) return t("noGoals");
  if (reached.open === reached.total) return t("notJudgedYet", { total: reached.total });
  return t("reachedSummary", {
    bereikt: reached.bereikt,
    deels: reached.deels,
    niet: reached.niet,
    total: reached.total,
  });
}

export function maturityText(
  t: T,
  m: { subject: string; before: number | null; after: number | null; growth: number | null },
) {
  const score = (value: number | null) => (value === null ? "—" : value.toFixed(1));
  return t("maturityLine", {
    subject: m.subject,
    before: score(m.before),
    after: score(m.after),
    growth: m.growth === null ? "—" : `${m.growth > 0 ? "+" : ""}${m.growth.toFixed(1)}`,
  });
}
