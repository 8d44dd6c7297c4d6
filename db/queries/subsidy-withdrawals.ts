// A partner withdraws its own application while it waits for a decision (someone of the gemeente may do so on its
// behalf, as they may apply for it); a decided application stays as it was decided. And the state of the effects an
// application contributes to, which a grant checks before it creates reporting obligations on them.
import "server-only";
import { and, eq } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { withdrawalProblem } from "@/lib/domain/subsidies";
import type { WithdrawalInput } from "@/lib/validation/subsidies";
import { applicationRelation, type Reader } from "../access";
import { agreedEffects, indicators, programmes, subsidyApplicationEffects, subsidyApplications } from "../schema";
import { write } from "../write";
import { type MutationResult, ok, refuse } from "./result";
import { applicationIn, frameworkIn } from "./subsidies";
import { nextVersion } from "./versions";

/** Per agreed effect of the application: whether the effect, its indicator or the indicator's programme is archived. */
export function applicationEffectStates(db: Reader, organisationId: number, applicationId: number) {
  return db
    .select({
      effectArchivedAt: agreedEffects.archivedAt,
      indicatorArchivedAt: indicators.archivedAt,
      programmeArchivedAt: programmes.archivedAt,
    })
    .from(subsidyApplicationEffects)
    .innerJoin(agreedEffects, eq(agreedEffects.id, subsidyApplicationEffects.agreedEffectId))
    .innerJoin(indicators, eq(indicators.id, agreedEffects.indicatorId))
    .innerJoin(programmes, eq(programmes.id, indicators.programmeId))
    .where(
      and(
        eq(subsidyApplicationEffects.applicationId, applicationId),
        eq(subsidyApplicationEffects.organisationId, organisationId),
      ),
    )
    .all()
    .map((row) => ({
      effectArchived: row.effectArchivedAt !== null,
      indicatorArchived: row.indicatorArchivedAt !== null,
      programmeArchived: row.programmeArchivedAt !== null,
    }));
}

const applicationTarget = (applicationId: number) => ({
  relation: (db: Reader, viewer: Viewer) => applicationRelation(viewer, applicationId, db),
});

/** Withdraws an application that waits for a decision, with an optional reason. */
export function withdrawSubsidyApplication(
  { applicationId }: { applicationId: number },
  input: WithdrawalInput,
): Promise<MutationResult> {
  return write(
    {
      permission: "subsidies.apply",
      target: applicationTarget(applicationId),
      record: { type: "subsidy_application", id: applicationId },
    },
    ({ tx, viewer, audit }) => {
      const application = applicationIn(tx, viewer.organisationId, applicationId);
      const problem = withdrawalProblem(application);
      if (problem) return refuse(problem.key);
      const framework = frameworkIn(tx, viewer.organisationId, application.frameworkId);
      const now = new Date();
      const changed = tx
        .update(subsidyApplications)
        .set({
          status: "ingetrokken",
          withdrawnAt: now,
          withdrawnById: viewer.userId,
          withdrawalReason: input.reason,
          version: nextVersion(subsidyApplications.version),
          updatedAt: now,
        })
        .where(and(eq(subsidyApplications.id, applicationId), eq(subsidyApplications.status, "ingediend")))
        .run();
      if (changed.changes !== 1) return refuse("decidedNotWithdrawn");
      audit({
        action: "subsidyApplication.withdrawn",
        entityType: "subsidy_application",
        entityId: applicationId,
        summary: `${framework.name}: ${application.partnerName}`,
        before: { status: application.status },
        after: { status: "ingetrokken", reason: input.reason },
      });
      return ok(undefined);
    },
  );
}
