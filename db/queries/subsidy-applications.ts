// Applications to a subsidy framework and the decision on them. A partner applies for its own organisation to an open
// framework (subsidies.apply); someone of the gemeente may record an application on a partner's behalf. Management or
// the beheerder decides (subsidies.decide): a grant gives the partner its reporting obligations in the existing
// partner reporting — the indicators of the agreed effects it contributes to, and periods over the framework's
// period — in the same transaction as the decision and its audit event.
import "server-only";
import { and, eq, gte, inArray, isNull, lte } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { applicationProblem, decisionProblem, freePeriods, grantPeriods } from "@/lib/domain/subsidies";
import type { ApplicationInput, DecisionInput } from "@/lib/validation/subsidies";
import { frameworkRelation, type Reader } from "../access";
import {
  partnerOrganisations,
  programmePartners,
  reportingAssignments,
  reportingPeriods,
  subsidyApplicationEffects,
  subsidyApplications,
} from "../schema";
import { type WriteScope, write } from "../write";
import { type MutationResult, ok, refuse } from "./result";
import { applicationIn, applicationTargets, frameworkEffects, frameworkIn, grantedAmounts } from "./subsidies";
import { applicationEffectStates } from "./subsidy-withdrawals";
import { nextVersion } from "./versions";

const frameworkTarget = (frameworkId: number) => ({
  relation: (db: Reader, viewer: Viewer) => frameworkRelation(viewer, frameworkId, db),
});

function partnerOfGemeente(db: Reader, organisationId: number, partnerOrganisationId: number) {
  return (
    db
      .select({ id: partnerOrganisations.id, name: partnerOrganisations.name })
      .from(partnerOrganisations)
      .where(
        and(
          eq(partnerOrganisations.id, partnerOrganisationId),
          eq(partnerOrganisations.organisationId, organisationId),
        ),
      )
      .get() ?? null
  );
}

/**
 * An application to an open framework. A partner user applies for its own organisation, whatever the form says;
 * someone of the gemeente names the partner organisation. Each target must be on an effect the framework funds.
 */
export function createSubsidyApplication(
  { frameworkId }: { frameworkId: number },
  input: ApplicationInput,
): Promise<MutationResult<{ applicationId: number }>> {
  return write(
    {
      permission: "subsidies.apply",
      target: frameworkTarget(frameworkId),
      record: { type: "subsidy_framework", id: frameworkId },
    },
    ({ tx, viewer, audit }) => {
      const framework = frameworkIn(tx, viewer.organisationId, frameworkId);
      const problem = applicationProblem(
        { status: framework.status, archived: framework.archivedAt !== null, budget: framework.budget },
        input.requestedAmount,
      );
      if (problem) return refuse(problem.key, problem.field, problem.params);
      // A partner user always belongs to one partner organisation: it applies for that one, whatever the form says.
      const partnerId = viewer.partnerOrganisationId ?? input.partnerOrganisationId;
      if (partnerId === null) return refuse("choosePartner", "partnerOrganisationId");
      const partner = partnerOfGemeente(tx, viewer.organisationId, partnerId);
      if (!partner) return refuse("choosePartner", "partnerOrganisationId");
      const funded = new Set(frameworkEffects(tx, viewer.organisationId, frameworkId).map((e) => e.id));
      if (input.effects.some((e) => !funded.has(e.agreedEffectId))) return refuse("invalid", "effects");
      const { id } = tx
        .insert(subsidyApplications)
        .values({
          organisationId: viewer.organisationId,
          frameworkId,
          partnerOrganisationId: partner.id,
          requestedAmount: input.requestedAmount,
          plan: input.plan,
          submittedById: viewer.userId,
        })
        .returning({ id: subsidyApplications.id })
        .get();
      for (const effect of input.effects) {
        tx.insert(subsidyApplicationEffects)
          .values({ organisationId: viewer.organisationId, applicationId: id, ...effect })
          .run();
      }
      audit({
        action: "subsidyApplication.submitted",
        entityType: "subsidy_application",
        entityId: id,
        summary: `${framework.name}: ${partner.name}`,
        after: { frameworkId, partner: partner.name, requestedAmount: input.requestedAmount, effects: input.effects },
      });
      return ok({ applicationId: id });
    },
  );
}

/**
 * The partner's reporting obligations for a grant, in the existing partner reporting: it takes part in the programme
 * of each effect's indicator, reports on that indicator, and has a period per half year over the framework's period
 * (except where it already has a period then). Returns what was added, for the audit trail.
 */
function createObligations(
  scope: WriteScope,
  partner: { id: number; name: string },
  framework: { startsOn: string; endsOn: string },
  indicators: { indicatorId: number; programmeId: number }[],
) {
  const { tx, viewer, audit } = scope;
  const organisationId = viewer.organisationId;
  const added: { programmeId: number; indicatorIds: number[]; periods: number }[] = [];
  for (const programmeId of [...new Set(indicators.map((i) => i.programmeId))]) {
    tx.insert(programmePartners)
      .values({ organisationId, programmeId, partnerOrganisationId: partner.id })
      .onConflictDoNothing()
      .run();
    const wanted = indicators.filter((i) => i.programmeId === programmeId).map((i) => i.indicatorId);
    const live = new Set(
      tx
        .select({ indicatorId: reportingAssignments.indicatorId })
        .from(reportingAssignments)
        .where(
          and(
            eq(reportingAssignments.partnerOrganisationId, partner.id),
            inArray(reportingAssignments.indicatorId, wanted),
            isNull(reportingAssignments.endedAt),
          ),
        )
        .all()
        .map((row) => row.indicatorId),
    );
    const fresh = [...new Set(wanted)].filter((id) => !live.has(id));
    for (const indicatorId of fresh) {
      tx.insert(reportingAssignments)
        .values({
          organisationId,
          programmeId,
          indicatorId,
          partnerOrganisationId: partner.id,
          createdById: viewer.userId,
        })
        .run();
    }
    const drafts = grantPeriods(framework);
    const existing = tx
      .select({ startsOn: reportingPeriods.startsOn, endsOn: reportingPeriods.endsOn })
      .from(reportingPeriods)
      .where(
        and(
          eq(reportingPeriods.programmeId, programmeId),
          eq(reportingPeriods.partnerOrganisationId, partner.id),
          lte(reportingPeriods.startsOn, framework.endsOn),
          gte(reportingPeriods.endsOn, framework.startsOn),
        ),
      )
      .all();
    const periods = freePeriods(drafts, existing);
    for (const period of periods) {
      tx.insert(reportingPeriods)
        .values({
          organisationId,
          programmeId,
          partnerOrganisationId: partner.id,
          createdById: viewer.userId,
          ...period,
        })
        .run();
    }
    if (fresh.length > 0) {
      audit({
        action: "reporting.indicators_assigned",
        entityType: "partner_organisation",
        entityId: partner.id,
        programmeId,
        summary: `${partner.name}: ${fresh.length}`,
        after: { indicatorIds: fresh, because: "subsidy" },
      });
    }
    if (periods.length > 0) {
      audit({
        action: "reporting.periods_created",
        entityType: "partner_organisation",
        entityId: partner.id,
        programmeId,
        summary: `${partner.name}: ${periods.length} × halfjaar`,
        after: { frequency: "halfjaar", from: framework.startsOn, to: framework.endsOn, because: "subsidy" },
      });
    }
    added.push({ programmeId, indicatorIds: fresh, periods: periods.length });
  }
  return added;
}

/** Toegekend with an amount, or afgewezen with a reason; once. A grant creates the reporting obligations. */
export function decideSubsidyApplication(
  { applicationId }: { applicationId: number },
  input: DecisionInput,
): Promise<MutationResult> {
  return write(
    { permission: "subsidies.decide", target: null, record: { type: "subsidy_application", id: applicationId } },
    (scope) => {
      const { tx, viewer, audit } = scope;
      const application = applicationIn(tx, viewer.organisationId, applicationId);
      const framework = frameworkIn(tx, viewer.organisationId, application.frameworkId);
      const amount = input.decision === "toegekend" ? input.amount : null;
      const problem = decisionProblem({
        application,
        framework: { status: framework.status, archived: framework.archivedAt !== null, budget: framework.budget },
        grantedElsewhere: grantedAmounts(tx, framework.id)
          .filter((g) => g.id !== applicationId)
          .map((g) => g.amount),
        decision: { decision: input.decision, amount, reason: input.reason },
        effects: applicationEffectStates(tx, viewer.organisationId, applicationId),
      });
      if (problem) return refuse(problem.key, problem.field, problem.params);
      const changed = tx
        .update(subsidyApplications)
        .set({
          status: input.decision,
          grantedAmount: amount,
          decisionReason: input.reason,
          decidedAt: new Date(),
          decidedById: viewer.userId,
          version: nextVersion(subsidyApplications.version),
          updatedAt: new Date(),
        })
        .where(and(eq(subsidyApplications.id, applicationId), eq(subsidyApplications.status, "ingediend")))
        .run();
      if (changed.changes !== 1) return refuse("applicationDecided");
      let obligations: ReturnType<typeof createObligations> = [];
      if (input.decision === "toegekend") {
        const effects = frameworkEffects(tx, viewer.organisationId, framework.id);
        const indicators = applicationTargets(tx, applicationId).flatMap((t) => {
          const effect = effects.find((e) => e.id === t.agreedEffectId);
          return effect ? [{ indicatorId: effect.indicatorId, programmeId: effect.programmeId }] : [];
        });
        obligations = createObligations(
          scope,
          { id: application.partnerOrganisationId, name: application.partnerName },
          framework,
          indicators,
        );
      }
      audit({
        action: input.decision === "toegekend" ? "subsidyApplication.granted" : "subsidyApplication.rejected",
        entityType: "subsidy_application",
        entityId: applicationId,
        summary: `${framework.name}: ${application.partnerName}`,
        before: { status: application.status },
        after: { status: input.decision, amount, reason: input.reason, obligations },
      });
      return ok(undefined);
    },
  );
}
