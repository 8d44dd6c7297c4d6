// Rules of evidence: the one scale for the strength of a study's conclusions, what a finding's verdict suggests
// for the status of an assumption, and which report links are safe to show.
import {
  type AssumptionStatus,
  EVIDENCE_STRENGTHS,
  type EvidenceStrength,
  type StudyStatus,
  type Verdict,
} from "./constants";

/**
 * The scale of strength of evidence, weakest first, after the levels Dutch social-domain databases use for
 * interventions (beschreven → onderbouwd → aanwijzingen → sterke aanwijzingen). The interface shows the whole list
 * with the plain explanation of each level (messages: programmes.evidence.strengthMeaning.<strength>):
 * 1 beschreven: the approach and what happened are written down; whether it works is not studied yet.
 * 2 onderbouwd: there is a sound explanation of why it works (literature, experience elsewhere); nothing measured.
 * 3 aanwijzingen: measurements in practice (a before and after) suggest it works; no comparison group.
 * 4 sterke_aanwijzingen: a comparison with a group without the approach, or repeated studies, show that it works.
 */
export const EVIDENCE_SCALE: readonly { strength: EvidenceStrength; rank: number }[] = EVIDENCE_STRENGTHS.map(
  (strength, index) => ({ strength, rank: index + 1 }),
);

/** 1 for beschreven up to 4 for sterke aanwijzingen. */
export function evidenceRank(strength: EvidenceStrength): number {
  return EVIDENCE_STRENGTHS.indexOf(strength) + 1;
}

/** For sorting, strongest first; a study without a strength yet comes last. */
export function compareByStrength(a: EvidenceStrength | null, b: EvidenceStrength | null): number {
  return (b ? evidenceRank(b) : 0) - (a ? evidenceRank(a) : 0);
}

/** The strongest of several, or null when none has one. */
export function strongestEvidence(strengths: (EvidenceStrength | null)[]): EvidenceStrength | null {
  return [...strengths].sort(compareByStrength)[0] ?? null;
}

/**
 * A finished study says how strong its evidence is; a planned or running one may not know yet. The study form
 * asks for it once the status is afgerond.
 */
export function needsEvidenceStrength(status: StudyStatus): boolean {
  return status === "afgerond";
}

/**
 * The status a finding's verdict suggests for an assumption it is linked to; a person confirms it before it is saved.
 * - ondersteunt → bevestigd; weerspreekt → weerlegd.
 * - niet eenduidig: the finding neither confirms nor refutes. An assumption that was settled (bevestigd or
 *   weerlegd) is no longer settled, so deels_bevestigd; an assumption nobody had settled stays open, so in_onderzoek.
 * Returns null when the assumption already has the suggested status: there is nothing to change.
 */
export function suggestedAssumptionStatus(verdict: Verdict, current: AssumptionStatus): AssumptionStatus | null {
  const suggestion: AssumptionStatus =
    verdict === "ondersteunt"
      ? "bevestigd"
      : verdict === "weerspreekt"
        ? "weerlegd"
        : current === "bevestigd" || current === "weerlegd"
          ? "deels_bevestigd"
          : "in_onderzoek";
  return suggestion === current ? null : suggestion;
}

/** A finding is geduid once someone wrote down what it means for the programme. */
export function isInterpreted(finding: { interpretation: string }): boolean {
  return finding.interpretation.trim().length > 0;
}

export const MAX_REPORT_URL_LENGTH = 2000;

/**
 * A report link as it may be stored and shown as a link: only an absolute http or https address with a host and
 * without a user name or password in it. Anything else (javascript:, data:, a relative path) gives null, so a
 * link can never run script or point somewhere the reader does not see.
 */
export function safeReportUrl(input: string): string | null {
  const value = input.trim();
  if (!value || value.length > MAX_REPORT_URL_LENGTH || /\s/.test(value)) return null;
  if (!/^https?:\/\//i.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}
