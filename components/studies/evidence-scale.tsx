// The one scale of strength of evidence, weakest first, each level with its plain explanation. Shown beside the
// field in the study form and on the study page, with the study's own level marked.
import { useTranslations } from "next-intl";
import type { EvidenceStrength } from "@/lib/domain/constants";
import { EVIDENCE_SCALE } from "@/lib/domain/evidence";

export function EvidenceScale({ current }: { current?: EvidenceStrength | null }) {
  const t = useTranslations("programmes.evidence");
  return (
    <ol className="flex flex-col gap-2">
      {EVIDENCE_SCALE.map(({ strength, rank }) => {
        const isCurrent = strength === current;
        return (
          <li
            key={strength}
            className={`rounded-ik border-l-4 p-2 ${isCurrent ? "border-primary bg-info-surface" : "border-line"}`}
          >
            <span className="font-semibold">{t("scaleLevel", { rank, label: t(`strength.${strength}`) })}</span>
            {isCurrent ? <span className="font-semibold"> {t("thisStudy")}</span> : null}
            <span className="block text-sm">{t(`strengthMeaning.${strength}`)}</span>
          </li>
        );
      })}
    </ol>
  );
}
