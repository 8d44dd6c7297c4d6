// The gemeente-wide result of the impact-maturity scan as answers to the route intake: where a question asks what the
// scan measured, the scan answers it, so the route advice can be revisited with evidence. Plain functions.
import type { IntakeAnswers } from "./intake";
import { type DimensionScores, MATURITY_DIMENSIONS, overallScore } from "./maturity";

/** The average score per dimension over several scans (each subject's latest); null where none scored it. */
export function averageScores(scans: readonly DimensionScores[]): DimensionScores | null {
  if (scans.length === 0) return null;
  const result = {} as DimensionScores;
  for (const dimension of MATURITY_DIMENSIONS) {
    const values = scans.map((s) => s[dimension]).filter((v): v is number => v !== null);
    result[dimension] = values.length
      ? Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 10) / 10
      : null;
  }
  return result;
}

/** Low (below 2.5), middle (2.5 to below 3.5) or high (3.5 and up) on the scale of 1 to 5. */
function band<T>(score: number | null, low: T, middle: T, high: T): T | undefined {
  if (score === null) return undefined;
  return score < 2.5 ? low : score < 3.5 ? middle : high;
}

/**
 * The intake answers the scan gives: how widely impact-driven work is embraced (the teams' overall score), whether
 * learning questions live (the teams' score on learning and reflection), and how far the partners are (the partner
 * organisations' overall score). A question the scans say nothing about is left out.
 */
export function intakeFromScans({
  teams,
  partners,
}: {
  teams: DimensionScores | null;
  partners: DimensionScores | null;
}): Partial<IntakeAnswers> {
  const answers: Partial<IntakeAnswers> = {};
  const embrace = teams ? band(overallScore(teams), "nog-niet", "deels", "breed") : undefined;
  if (embrace) answers.embrace = embrace;
  const questions = teams ? band(teams.leren, "geen", "vaag", "concreet") : undefined;
  if (questions) answers.learningQuestions = questions;
  const readiness = partners ? band(overallScore(partners), "nauwelijks", "wisselend", "ver") : undefined;
  if (readiness) answers.partnerReadiness = readiness;
  return answers;
}
