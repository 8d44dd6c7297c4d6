import { describe, expect, it } from "vitest";
import { type StatusChange, statusChangeAudit, statusChangeRefusal } from "./assumption-status";

const byHand: StatusChange = {
  statement: "Bewoners komen naar de buurtkamer",
  from: "ongetoetst",
  to: "bevestigd",
  reason: "Drie metingen op rij",
};
const fromFinding: StatusChange = {
  ...byHand,
  evidence: { findingId: 7, title: "Bezoekers geteld", verdict: "ondersteunt" },
};

describe("whether a status change may be made", () => {
  it("allows a new status, by hand or from a linked finding", () => {
    expect(statusChangeRefusal(byHand)).toBeNull();
    expect(statusChangeRefusal(fromFinding)).toBeNull();
  });

  it("refuses the status the assumption already has, at the status field", () => {
    expect(statusChangeRefusal({ ...byHand, to: "ongetoetst" })).toEqual({ error: "statusUnchanged", field: "status" });
    expect(statusChangeRefusal({ ...fromFinding, to: "ongetoetst" })).toEqual({
      error: "statusUnchanged",
      field: "status",
    });
  });

  it("refuses a finding that is not linked to the assumption, before looking at the status", () => {
    const unlinked = { ...fromFinding, evidence: { findingId: 7, title: "Bezoekers geteld", verdict: null } };
    expect(statusChangeRefusal(unlinked)).toEqual({ error: "findingNotLinked" });
    expect(statusChangeRefusal({ ...unlinked, to: "ongetoetst" })).toEqual({ error: "findingNotLinked" });
  });
});

describe("the audit event of a status change", () => {
  it("by hand: the statement, the step, and the reason", () => {
    expect(statusChangeAudit(byHand)).toEqual({
      action: "assumption.status_changed",
      entityType: "assumption",
      summary: "Bewoners komen naar de buurtkamer: ongetoetst → bevestigd",
      before: { status: "ongetoetst" },
      after: { status: "bevestigd", reason: "Drie metingen op rij" },
    });
  });

  it("from a finding: the same action, naming the finding and its verdict", () => {
    expect(statusChangeAudit(fromFinding)).toEqual({
      action: "assumption.status_changed",
      entityType: "assumption",
      summary: "Bewoners komen naar de buurtkamer: ongetoetst → bevestigd (Bezoekers geteld)",
      before: { status: "ongetoetst" },
      after: { status: "bevestigd", reason: "Drie metingen op rij", findingId: 7, verdict: "ondersteunt" },
    });
  });
});
