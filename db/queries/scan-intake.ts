// The gemeente-wide result of the impact-maturity scan, as pre-filled answers of the route intake: the latest scan
// of every team and partner organisation the viewer may read (the kernel's "maturityScans.read").
import "server-only";
import { asc } from "drizzle-orm";
import { requireViewer } from "@/lib/auth/viewer";
import { type Answers, dimensionScores } from "@/lib/domain/maturity";
import { averageScores, intakeFromScans } from "@/lib/domain/scan-intake";
import { scansVisibleTo } from "../access";
import { getDb } from "../index";
import { maturityScans } from "../schema";

export async function intakeFromGemeenteScans() {
  const viewer = await requireViewer();
  const rows = getDb()
    .select({
      teamName: maturityScans.teamName,
      partnerOrganisationId: maturityScans.partnerOrganisationId,
      takenOn: maturityScans.takenOn,
      answers: maturityScans.answers,
    })
    .from(maturityScans)
    .where(scansVisibleTo(viewer, "maturityScans.read"))
    .orderBy(asc(maturityScans.takenOn), asc(maturityScans.id))
    .all();
  // Later scans replace earlier ones of the same subject.
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) latest.set(`${row.partnerOrganisationId ?? ""}:${row.teamName}`, row);
  const scans = [...latest.values()];
  const scored = (partner: boolean) =>
    scans
      .filter((s) => (s.partnerOrganisationId !== null) === partner)
      .map((s) => dimensionScores(s.answers as Answers));
  return {
    answers: intakeFromScans({ teams: averageScores(scored(false)), partners: averageScores(scored(true)) }),
    scans: scans.length,
    latestOn: rows.at(-1)?.takenOn ?? null,
  };
}
