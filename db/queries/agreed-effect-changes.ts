// Changing the gezamenlijk afgesproken effecten of an opgave: agreeing one, correcting it with a reason (version-
// checked), archiving it with a reason and restoring it. Never deleted: applications and reports point at them.
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { agreedEffectProblems, hasProblems } from "@/lib/domain/agreed-effects";
import { numberForInput } from "@/lib/domain/number-text";
import { todayInAmsterdam } from "@/lib/domain/time";
import type { FormShape } from "@/lib/domain/version-conflict";
import type { ArchiveInput } from "@/lib/validation/archive";
import type { AgreedEffectCorrectionInput, AgreedEffectInput } from "@/lib/validation/veranderplan";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { agreedEffects, indicators, programmes } from "../schema";
import { write } from "../write";
import { agreedEffectIn } from "./agreed-effects";
import { refuseProblems } from "./measurement-rules";
import { opgaveIn } from "./opgaven";
import { type MutationResult, ok, refuse } from "./result";
import { formText, nextVersion, type Versioned, versionConflict } from "./versions";

/** The indicator an effect may use: of an open programme of this gemeente, not archived; null for anything else. */
function usableIndicator(db: Reader, organisationId: number, indicatorId: number) {
  return (
    db
      .select({
        id: indicators.id,
        name: indicators.name,
        kind: indicators.kind,
        minValue: indicators.minValue,
        maxValue: indicators.maxValue,
        direction: indicators.direction,
      })
      .from(indicators)
      .innerJoin(programmes, eq(programmes.id, indicators.programmeId))
      .where(
        and(
          eq(indicators.id, indicatorId),
          eq(indicators.organisationId, organisationId),
          eq(programmes.organisationId, organisationId),
          isNull(indicators.archivedAt),
          isNull(programmes.archivedAt),
        ),
      )
      .get() ?? null
  );
}

/** The refusal of an effect whose indicator or figures are not right, or null when it may be stored. */
function effectRefusal(db: Reader, organisationId: number, input: AgreedEffectInput, today: string) {
  const indicator = usableIndicator(db, organisationId, input.indicatorId);
  if (!indicator) return refuse("chooseIndicator", "indicatorId");
  const problems = agreedEffectProblems(input, indicator, today);
  return hasProblems(problems) ? refuseProblems(problems) : null;
}

const fields = (input: AgreedEffectInput) => ({
  indicatorId: input.indicatorId,
  description: input.description,
  baselineValue: input.baselineValue,
  baselineDate: input.baselineDate,
  targetValue: input.targetValue,
  targetDate: input.targetDate,
});

/** An effect as its form sends it, for comparing a late save with what is saved. */
export const effectForm = (effect: AgreedEffectInput): FormShape => ({
  indicatorId: formText(effect.indicatorId),
  description: effect.description,
  baselineValue: numberForInput(effect.baselineValue),
  baselineDate: effect.baselineDate,
  targetValue: numberForInput(effect.targetValue),
  targetDate: effect.targetDate,
});

export function createAgreedEffect(
  { opgaveId }: { opgaveId: number },
  input: AgreedEffectInput,
  today = todayInAmsterdam(),
): Promise<MutationResult<{ effectId: number }>> {
  return write({ permission: "opgaven.manage", target: null }, ({ tx, viewer, audit }) => {
    const opgave = opgaveIn(tx, viewer.organisationId, opgaveId);
    if (opgave.archivedAt) return refuse("archivedOpgave");
    const refusal = effectRefusal(tx, viewer.organisationId, input, today);
    if (refusal) return refusal;
    const { id } = tx
      .insert(agreedEffects)
      .values({ ...fields(input), opgaveId, organisationId: viewer.organisationId, createdById: viewer.userId })
      .returning({ id: agreedEffects.id })
      .get();
    audit({
      action: "agreed_effect.created",
      entityType: "agreed_effect",
      entityId: id,
      summary: `${opgave.title}: ${input.description}`,
      after: { opgaveId, ...fields(input) },
    });
    return ok({ effectId: id });
  });
}

/**
 * Corrects an agreed effect, with the reason: refused with both versions when someone else saved it meanwhile, and
 * for an archived one (restore it first).
 */
export function correctAgreedEffect(
  { opgaveId, effectId }: { opgaveId: number; effectId: number },
  { version, reason, ...input }: AgreedEffectCorrectionInput,
  today = todayInAmsterdam(),
) {
  return write(
    { permission: "opgaven.manage", target: null, record: { type: "agreed_effect", id: effectId } },
    (scope): Versioned => {
      const { tx, viewer, audit } = scope;
      const before = agreedEffectIn(tx, viewer.organisationId, effectId);
      if (before.opgaveId !== opgaveId) throw new NotFoundError("agreed_effect");
      const opgave = opgaveIn(tx, viewer.organisationId, opgaveId);
      if (opgave.archivedAt) return refuse("archivedOpgave");
      if (before.archivedAt) return refuse("archivedEffect");
      const conflict = versionConflict(
        scope,
        {
          entityType: "agreed_effect",
          entityId: effectId,
          actions: ["agreed_effect.created", "agreed_effect.corrected", "agreed_effect.restored"],
        },
        { submitted: version, current: before.version, mine: effectForm(input), saved: effectForm(before) },
      );
      if (conflict) return conflict;
      const refusal = effectRefusal(tx, viewer.organisationId, input, today);
      if (refusal) return refusal;
      tx.update(agreedEffects)
        .set({ ...fields(input), version: nextVersion(agreedEffects.version), updatedAt: new Date() })
        .where(eq(agreedEffects.id, effectId))
        .run();
      audit({
        action: "agreed_effect.corrected",
        entityType: "agreed_effect",
        entityId: effectId,
        summary: `${opgave.title}: ${input.description} (${reason})`,
        before: fields(before),
        after: { ...fields(input), reason },
      });
      return ok(undefined);
    },
  );
}

/** Archived with a reason: it leaves the plan and the choices of subsidy frameworks; what points at it stays. */
export function archiveAgreedEffect(
  { opgaveId, effectId }: { opgaveId: number; effectId: number },
  input: ArchiveInput,
) {
  return write(
    { permission: "opgaven.manage", target: null, record: { type: "agreed_effect", id: effectId } },
    ({ tx, viewer, audit }) => {
      const before = agreedEffectIn(tx, viewer.organisationId, effectId);
      if (before.opgaveId !== opgaveId) throw new NotFoundError("agreed_effect");
      if (before.archivedAt) return ok(undefined);
      tx.update(agreedEffects)
        .set({
          archivedAt: new Date(),
          archivedById: viewer.userId,
          archiveReason: input.reason,
          version: nextVersion(agreedEffects.version),
          updatedAt: new Date(),
        })
        .where(eq(agreedEffects.id, effectId))
        .run();
      audit({
        action: "agreed_effect.archived",
        entityType: "agreed_effect",
        entityId: effectId,
        summary: `${before.opgaveTitle}: ${before.description}`,
        after: { description: before.description, reason: input.reason },
      });
      return ok(undefined);
    },
  );
}

export function restoreAgreedEffect({ opgaveId, effectId }: { opgaveId: number; effectId: number }) {
  return write(
    { permission: "opgaven.manage", target: null, record: { type: "agreed_effect", id: effectId } },
    ({ tx, viewer, audit }) => {
      const before = agreedEffectIn(tx, viewer.organisationId, effectId);
      if (before.opgaveId !== opgaveId) throw new NotFoundError("agreed_effect");
      if (!before.archivedAt) return ok(undefined);
      if (opgaveIn(tx, viewer.organisationId, opgaveId).archivedAt) return refuse("archivedOpgave");
      tx.update(agreedEffects)
        .set({
          archivedAt: null,
          archivedById: null,
          archiveReason: null,
          version: nextVersion(agreedEffects.version),
          updatedAt: new Date(),
        })
        .where(eq(agreedEffects.id, effectId))
        .run();
      audit({
        action: "agreed_effect.restored",
        entityType: "agreed_effect",
        entityId: effectId,
        summary: `${before.opgaveTitle}: ${before.description}`,
        after: { description: before.description },
      });
      return ok(undefined);
    },
  );
}
