// Study status, strength of evidence and verdict in words; colour only helps, the words carry the meaning.
import { useTranslations } from "next-intl";
import type { EvidenceStrength, StudyStatus, Verdict } from "@/lib/domain/constants";
import { EVIDENCE_SCALE, evidenceRank } from "@/lib/domain/evidence";

const BADGE = "inline-block rounded-ik px-2 py-0.5 text-sm font-semibold";

const STUDY_STYLE: Record<StudyStatus, string> = {
  gepland: "bg-surface-strong text-ink",
  lopend: "bg-info-surface text-ink",
  afgerond: "bg-success-surface text-success",
};

export function StudyStatusBadge({ status }: { status: StudyStatus }) {
  const t = useTranslations("programmes.studies.statuses");
  return <span className={`${BADGE} ${STUDY_STYLE[status]}`}>{t(status)}</span>;
}

/** "Eerste aanwijzingen · niveau 3 van 4", or "Nog niet bepaald". */
export function StrengthOfEvidence({ strength }: { strength: EvidenceStrength | null }) {
  const t = useTranslations("programmes.evidence");
  if (!strength) return <span className="text-muted">{t("noStrength")}</span>;
  return (
    <span>
      <span className="font-semibold">{t(`strength.${strength}`)}</span>{" "}
      <span className="text-sm text-muted">
        · {t("strengthLevel", { rank: evidenceRank(strength), total: EVIDENCE_SCALE.length })}
      </span>
    </span>
  );
}

const VERDICT_STYLE: Record<Verdict, string> = {
  ondersteunt: "bg-success-surface text-success",
  weerspreekt: "bg-danger-surface text-danger",
  niet_eenduidig: "bg-warning-surface text-ink",
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = useTranslations("programmes.evidence.verdicts");
  return <span className={`${BADGE} ${VERDICT_STYLE[verdict]}`}>{t(verdict)}</span>;
}
