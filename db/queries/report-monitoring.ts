// The optional sections of the programme report (route 2): per opgave and per subsidiekader with agreed effects on
// the programme's indicators, the monitoring table of those effects, for the college and the raad. Offered to whoever
// reads both the programme and the opgaven register (a partner reads neither the register nor these sections).
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/domain/permissions";
import { authorize } from "../access";
import { getDb } from "../index";
import { agreedEffects, indicators, opgaven } from "../schema";
import { frameworkMonitoringIn, frameworksFunding, opgaveMonitoringIn } from "./effect-monitoring";

/** The opgaven and frameworks whose agreed effects use one of the programme's indicators: what the report may add. */
export async function reportMonitoringChoices({ programmeId }: { programmeId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  authorize(viewer, "programme.read", programmeId, db);
  if (!can(viewer.role, "opgaven.read")) return { opgaven: [], frameworks: [] };
  const effects = db
    .select({ id: agreedEffects.id, opgaveId: agreedEffects.opgaveId, opgaveTitle: opgaven.title })
    .from(agreedEffects)
    .innerJoin(indicators, eq(indicators.id, agreedEffects.indicatorId))
    .innerJoin(opgaven, eq(opgaven.id, agreedEffects.opgaveId))
    .where(and(eq(agreedEffects.organisationId, viewer.organisationId), eq(indicators.programmeId, programmeId)))
    .orderBy(asc(opgaven.title))
    .all();
  const frameworks = frameworksFunding(
    db,
    viewer.organisationId,
    effects.map((e) => e.id),
  );
  return {
    opgaven: [...new Map(effects.map((e) => [e.opgaveId, { id: e.opgaveId, title: e.opgaveTitle }])).values()],
    frameworks,
  };
}

/** The chosen sections, each with its monitoring; choices not on offer are left out. */
export async function reportMonitoringSections({
  programmeId,
  opgaveIds,
  frameworkIds,
}: {
  programmeId: number;
  opgaveIds: number[];
  frameworkIds: number[];
}) {
  const choices = await reportMonitoringChoices({ programmeId });
  const viewer = await requireViewer();
  const db = getDb();
  return {
    choices,
    opgaven: choices.opgaven
      .filter((o) => opgaveIds.includes(o.id))
      .map((o) => ({ ...o, monitoring: opgaveMonitoringIn(db, viewer, o.id) })),
    frameworks: choices.frameworks
      .filter((f) => frameworkIds.includes(f.id))
      .map((f) => ({ ...f, monitoring: frameworkMonitoringIn(db, viewer, f.id) })),
  };
}
