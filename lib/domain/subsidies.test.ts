import { describe, expect, it } from "vitest";
import {
  applicationProblem,
  type DecisionCase,
  decisionProblem,
  freePeriods,
  grantPeriods,
  remainingBudget,
  withdrawalProblem,
} from "./subsidies";

const open = { status: "open" as const, archived: false, budget: 100_000 };
const base: DecisionCase = {
  application: { status: "ingediend", requestedAmount: 40_000 },
  framework: open,
  grantedElsewhere: [30_000, 20_000],
  decision: { decision: "toegekend", amount: 40_000, reason: "" },
};
const withDecision = (decision: Partial<DecisionCase["decision"]>, more: Partial<DecisionCase> = {}) => ({
  ...base,
  ...more,
  decision: { ...base.decision, ...decision },
});

describe("the budget of a framework", () => {
  it("is the budget less everything granted, never below zero", () => {
    expect(remainingBudget(100_000, [])).toBe(100_000);
    expect(remainingBudget(100_000, [30_000, 20_000])).toBe(50_000);
    expect(remainingBudget(100_000, [80_000, 30_000])).toBe(0);
  });
});

describe("applying", () => {
  it("is possible only while the framework is open and not archived", () => {
    expect(applicationProblem(open, 10_000)).toBeNull();
    expect(applicationProblem({ ...open, status: "concept" }, 10_000)?.key).toBe("frameworkNotOpen");
    expect(applicationProblem({ ...open, status: "gesloten" }, 10_000)?.key).toBe("frameworkNotOpen");
    expect(applicationProblem({ ...open, archived: true }, 10_000)?.key).toBe("frameworkNotOpen");
  });
  it("asks at most the whole budget", () => {
    expect(applicationProblem(open, 100_000)).toBeNull();
    expect(applicationProblem(open, 100_001)).toEqual({
      key: "requestedAboveBudget",
      field: "requestedAmount",
      params: { amount: 100_000 },
    });
  });
});

describe("deciding on an application", () => {
  it("grants an amount up to what was requested and what is left", () => {
    expect(decisionProblem(base)).toBeNull();
    expect(decisionProblem(withDecision({ amount: 1 }))).toBeNull();
  });
  it("refuses a grant above the amount requested", () => {
    expect(decisionProblem(withDecision({ amount: 40_001 }))).toEqual({
      key: "amountAboveRequested",
      field: "amount",
      params: { amount: 40_000 },
    });
  });
  it("refuses a grant above what is left of the budget, counting the other grants", () => {
    const more = { grantedElsewhere: [70_000] };
    expect(decisionProblem(withDecision({ amount: 30_000 }, more))).toBeNull();
    expect(decisionProblem(withDecision({ amount: 30_001 }, more))).toEqual({
      key: "amountAboveBudget",
      field: "amount",
      params: { amount: 30_000 },
    });
    expect(decisionProblem(withDecision({ amount: 1 }, { grantedElsewhere: [100_000] }))?.key).toBe(
      "amountAboveBudget",
    );
  });
  it("needs a whole, positive amount for a grant", () => {
    expect(decisionProblem(withDecision({ amount: null }))?.key).toBe("grantAmountRequired");
    expect(decisionProblem(withDecision({ amount: 0 }))?.key).toBe("wholeEuros");
    expect(decisionProblem(withDecision({ amount: 12.5 }))?.key).toBe("wholeEuros");
  });
  it("needs a reason for a rejection, and no amount", () => {
    expect(decisionProblem(withDecision({ decision: "afgewezen", amount: null, reason: " " }))).toEqual({
      key: "rejectReasonRequired",
      field: "reason",
    });
    expect(decisionProblem(withDecision({ decision: "afgewezen", amount: null, reason: "Past niet" }))).toBeNull();
  });
  it("decides once, and not on an archived or concept framework", () => {
    for (const status of ["toegekend", "afgewezen"] as const) {
      expect(decisionProblem({ ...base, application: { ...base.application, status } })?.key).toBe(
        "applicationDecided",
      );
    }
    expect(decisionProblem({ ...base, framework: { ...open, archived: true } })?.key).toBe("archivedFramework");
    expect(decisionProblem({ ...base, framework: { ...open, status: "concept" } })?.key).toBe("frameworkNotOpen");
    expect(decisionProblem({ ...base, framework: { ...open, status: "gesloten" } })).toBeNull();
  });
  it("refuses a withdrawn application, whatever the decision", () => {
    const withdrawn = { ...base, application: { ...base.application, status: "ingetrokken" as const } };
    expect(decisionProblem(withdrawn)?.key).toBe("applicationWithdrawn");
    expect(
      decisionProblem({ ...withdrawn, decision: { decision: "afgewezen", amount: null, reason: "Te laat" } })?.key,
    ).toBe("applicationWithdrawn");
  });
  it("refuses a grant on an archived effect, indicator or programme, but still lets it be rejected", () => {
    const live = { effectArchived: false, indicatorArchived: false, programmeArchived: false };
    expect(decisionProblem({ ...base, effects: [live, live] })).toBeNull();
    expect(decisionProblem({ ...base, effects: [live, { ...live, effectArchived: true }] })?.key).toBe(
      "grantEffectArchived",
    );
    expect(decisionProblem({ ...base, effects: [{ ...live, indicatorArchived: true }] })?.key).toBe(
      "grantIndicatorArchived",
    );
    expect(decisionProblem({ ...base, effects: [{ ...live, programmeArchived: true }] })?.key).toBe(
      "grantProgrammeArchived",
    );
    const rejection = { decision: "afgewezen" as const, amount: null, reason: "Het programma is gestopt" };
    expect(
      decisionProblem({ ...base, decision: rejection, effects: [{ ...live, programmeArchived: true }] }),
    ).toBeNull();
  });
  it("refuses a grant on an archived framework", () => {
    expect(decisionProblem({ ...base, framework: { ...open, archived: true } })?.key).toBe("archivedFramework");
  });
});

describe("withdrawing an application", () => {
  it("is possible only while it waits for a decision", () => {
    expect(withdrawalProblem({ status: "ingediend" })).toBeNull();
    expect(withdrawalProblem({ status: "toegekend" })?.key).toBe("decidedNotWithdrawn");
    expect(withdrawalProblem({ status: "afgewezen" })?.key).toBe("decidedNotWithdrawn");
    expect(withdrawalProblem({ status: "ingetrokken" })?.key).toBe("applicationWithdrawn");
  });
});

describe("the reporting periods of a grant", () => {
  it("are half years over the framework's period, due a month after each ends", () => {
    expect(grantPeriods({ startsOn: "2027-01-01", endsOn: "2027-12-31" })).toEqual([
      { startsOn: "2027-01-01", endsOn: "2027-06-30", dueOn: "2027-07-30" },
      { startsOn: "2027-07-01", endsOn: "2027-12-31", dueOn: "2028-01-30" },
    ]);
  });
  it("leave out a period that overlaps one the partner already has", () => {
    const drafts = grantPeriods({ startsOn: "2027-01-01", endsOn: "2027-12-31" });
    expect(freePeriods(drafts, [{ startsOn: "2027-03-01", endsOn: "2027-03-31" }])).toEqual([drafts[1]]);
    expect(freePeriods(drafts, [{ startsOn: "2026-01-01", endsOn: "2026-12-31" }])).toEqual(drafts);
  });
});
