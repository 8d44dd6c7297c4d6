// The phases of the impact-management cycle, and what a programme needs before it may leave a phase.
import { CYCLE_PHASES, type CyclePhase } from "./constants";

export type ProgrammeCounts = {
  hypotheses: number;
  /** Theory-of-change elements of level "effect". */
  effects: number;
  assumptions: number;
  /** Indicators that have a baseline (nulmeting) value and date. */
  indicatorsWithBaseline: number;
  /** Studies of this round that are finished (afgerond). */
  finishedStudies: number;
  /** The programme's learning questions answered in this round. */
  answeredLearningQuestions: number;
  /** Findings of this round that have an interpretation (duiding). */
  interpretedFindings: number;
  /** Course corrections of this round that were decided (besloten or doorgevoerd). */
  decidedCorrections: number;
  /** The team states, with a reason, that this round needs no course correction. */
  noCorrectionNeeded: boolean;
};

/** The keys the interface translates; add a key here when a phase gets a new rule. */
export const CHECKLIST_KEYS = [
  "hypothesis",
  "effect",
  "assumption",
  "indicatorWithBaseline",
  "studyOrAnswer",
  "interpretedFinding",
  "correctionOrNone",
] as const;
export type ChecklistKey = (typeof CHECKLIST_KEYS)[number];

export type ChecklistItem = { key: ChecklistKey; met: boolean };

type ExitRule = { key: ChecklistKey; met: (counts: ProgrammeCounts) => boolean };

// What must be in place before leaving each phase, in the order shown. Studying needs a theory of change with
// something measurable; learning needs something researched; adjusting needs something interpreted; closing the
// round needs a decision, even if that decision is that nothing has to change.
const EXIT_RULES: Record<CyclePhase, readonly ExitRule[]> = {
  definieren: [
    { key: "hypothesis", met: (c) => c.hypotheses >= 1 },
    { key: "effect", met: (c) => c.effects >= 1 },
    { key: "assumption", met: (c) => c.assumptions >= 1 },
    { key: "indicatorWithBaseline", met: (c) => c.indicatorsWithBaseline >= 1 },
  ],
  onderzoeken: [{ key: "studyOrAnswer", met: (c) => c.finishedStudies + c.answeredLearningQuestions >= 1 }],
  leren: [{ key: "interpretedFinding", met: (c) => c.interpretedFindings >= 1 }],
  bijsturen: [{ key: "correctionOrNone", met: (c) => c.decidedCorrections >= 1 || c.noCorrectionNeeded }],
};

/** The checklist for leaving this phase; ready when every item is met (so always for a phase without items). */
export function readiness(phase: CyclePhase, counts: ProgrammeCounts): { items: ChecklistItem[]; ready: boolean } {
  const items = EXIT_RULES[phase].map((rule) => ({ key: rule.key, met: rule.met(counts) }));
  return { items, ready: items.every((item) => item.met) };
}

/** The phase after this one; after bijsturen the next round starts with definieren. */
export function nextPhase(phase: CyclePhase, round: number): { phase: CyclePhase; round: number } {
  const next = CYCLE_PHASES[CYCLE_PHASES.indexOf(phase) + 1];
  return next ? { phase: next, round } : { phase: CYCLE_PHASES[0], round: round + 1 };
}
