// One measurement: read for its page, corrected or withdrawn with a reason. Never overwritten unseen and never
// deleted: a correction keeps the earlier values in the audit trail (the measurement's history), a withdrawn
// measurement stays in the table, no longer counted anywhere, and leaves its day free for the right value.
import "server-only";
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { MeasurementCorrectionInput, MeasurementWithdrawalInput } from "@/lib/validation/indicators";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { measurements, partnerOrganisations, users } from "../schema";
import { guardProgramme, type WriteScope, writeProgramme } from "../write";
import {
  indicatorForMeasuring,
  liveDays,
  measurementRefusal,
  measurementSummary,
  measurementText,
  refuseConflict,
  refuseProblems,
} from "./measurement-rules";
import { ok, refuse } from "./result";

type Ids = { programmeId: number; indicatorId: number; measurementId: number };

/** A measurement as it was saved, for the form of someone whose change came too late. */
export type SavedMeasurement = { measuredOn: string; value: number; note: string; withdrawn: boolean };

function measurementOf(db: Reader, indicatorId: number, measurementId: number) {
  const row = db
    .select({
      id: measurements.id,
      measuredOn: measurements.measuredOn,
      value: measurements.value,
      note: measurements.note,
      version: measurements.version,
      withdrawnAt: measurements.withdrawnAt,
    })
    .from(measurements)
    .where(and(eq(measurements.id, measurementId), eq(measurements.indicatorId, indicatorId)))
    .get();
  if (!row) throw new NotFoundError("measurement");
  return row;
}

const saved = (row: ReturnType<typeof measurementOf>): SavedMeasurement => ({
  measuredOn: row.measuredOn,
  value: row.value,
  note: row.note,
  withdrawn: row.withdrawnAt !== null,
});

/** One measurement of an indicator of the programme, with who entered it and, when withdrawn, who did so and why. */
export async function getMeasurement({ programmeId, indicatorId, measurementId }: Ids) {
  const { db, programme } = await guardProgramme("programme.read", programmeId);
  const indicator = indicatorForMeasuring(db, programmeId, indicatorId);
  const measurement = measurementOf(db, indicatorId, measurementId);
  const withdrawer = alias(users, "withdrawer");
  const people = db
    .select({
      enteredByName: users.name,
      withdrawnByName: withdrawer.name,
      withdrawReason: measurements.withdrawReason,
      partnerName: partnerOrganisations.name,
    })
    .from(measurements)
    .innerJoin(users, eq(users.id, measurements.enteredById))
    .leftJoin(withdrawer, eq(withdrawer.id, measurements.withdrawnById))
    .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, measurements.partnerOrganisationId))
    .where(eq(measurements.id, measurementId))
    .get();
  return {
    indicator,
    measurement: {
      ...measurement,
      enteredByName: people?.enteredByName ?? "",
      withdrawnByName: people?.withdrawnByName ?? null,
      withdrawReason: people?.withdrawReason ?? null,
      partnerName: people?.partnerName ?? null,
    },
    access: programme.access,
  };
}

/**
 * Corrects a measurement's day, value or note, for a reason. Held to the rules of a new measurement; refused when
 * someone else changed or withdrew it after the form was opened (with what they saved), and when nothing changes.
 */
export function correctMeasurement(
  { programmeId, indicatorId, measurementId }: Ids,
  input: MeasurementCorrectionInput,
) {
  return writeProgramme(
    { permission: "programme.measure", target: programmeId, record: { type: "measurement", id: measurementId } },
    ({ tx, audit }) => {
      const indicator = indicatorForMeasuring(tx, programmeId, indicatorId);
      // An archived indicator's measurements stay as they were until it is restored.
      if (indicator.archivedAt) return refuse("archivedIndicator");
      const row = measurementOf(tx, indicatorId, measurementId);
      if (row.version !== input.version || row.withdrawnAt !== null) {
        return refuseConflict<SavedMeasurement>(row.withdrawnAt ? "measurementWithdrawn" : "measurementChanged", {
          version: row.version,
          saved: saved(row),
        });
      }
      const { reason, version: _version, ...next } = input;
      if (next.measuredOn === row.measuredOn && next.value === row.value && next.note === row.note) {
        return refuse("correctionUnchanged");
      }
      const problems = measurementRefusal(indicator, next, liveDays(tx, indicatorId, measurementId));
      if (problems) return refuseProblems(problems);
      tx.update(measurements)
        .set({ ...next, version: row.version + 1 })
        .where(eq(measurements.id, measurementId))
        .run();
      const before = { measuredOn: row.measuredOn, value: row.value, note: row.note };
      audit({
        action: "measurement.corrected",
        entityType: "measurement",
        entityId: measurementId,
        summary: `${measurementSummary(indicator.name, before)} → ${measurementText(next)}`,
        before,
        after: { ...next, reason },
      });
      return ok(undefined);
    },
  );
}

/**
 * Withdraws a measurement, for a reason: it stays visible in the indicator's history but counts nowhere any more, and
 * its day may be measured again. Refused when someone else changed it after the form was opened.
 */
export function withdrawMeasurement(
  { programmeId, indicatorId, measurementId }: Ids,
  input: MeasurementWithdrawalInput,
) {
  return writeProgramme(
    { permission: "programme.measure", target: programmeId, record: { type: "measurement", id: measurementId } },
    ({ tx, viewer, audit }) => {
      const indicator = indicatorForMeasuring(tx, programmeId, indicatorId);
      // An archived indicator's measurements stay as they were until it is restored.
      if (indicator.archivedAt) return refuse("archivedIndicator");
      const row = measurementOf(tx, indicatorId, measurementId);
      if (row.version !== input.version || row.withdrawnAt !== null) {
        return refuseConflict<SavedMeasurement>(row.withdrawnAt ? "measurementWithdrawn" : "measurementChanged", {
          version: row.version,
          saved: saved(row),
        });
      }
      withdrawIn({ tx, viewer, audit }, { indicatorName: indicator.name, measurement: row, reason: input.reason });
      return ok(undefined);
    },
  );
}

/**
 * Withdraws a live measurement inside a write that already checked who may do so: by hand above, or when the
 * approved partner report it came from is reopened.
 */
export function withdrawIn(
  { tx, viewer, audit }: Pick<WriteScope, "tx" | "viewer" | "audit">,
  {
    indicatorName,
    measurement,
    reason,
  }: {
    indicatorName: string;
    measurement: { id: number; measuredOn: string; value: number; note: string; version: number };
    reason: string;
  },
) {
  tx.update(measurements)
    .set({
      withdrawnAt: new Date(),
      withdrawnById: viewer.userId,
      withdrawReason: reason,
      version: measurement.version + 1,
    })
    .where(eq(measurements.id, measurement.id))
    .run();
  audit({
    action: "measurement.withdrawn",
    entityType: "measurement",
    entityId: measurement.id,
    summary: measurementSummary(indicatorName, measurement),
    before: { measuredOn: measurement.measuredOn, value: measurement.value, note: measurement.note },
    after: { withdrawn: true, reason },
  });
}
