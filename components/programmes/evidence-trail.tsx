// The onderbouwing of an assumption or hypothesis: every finding linked to it, with verdict, study, strength of
// evidence and date, each linking to the finding on its study's page.

import { useTranslations } from "next-intl";
import { StrengthOfEvidence, VerdictBadge } from "@/components/studies/evidence-badges";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import type { EvidenceTrailItem } from "@/db/queries/evidence-trail";
import { isInterpreted } from "@/lib/domain/evidence";

export const findingHref = (programmeId: number, studyId: number, findingId: number) =>
  `/programmes/${programmeId}/studies/${studyId}#bevinding-${findingId}`;

export function EvidenceTrail({
  programmeId,
  items,
  empty,
}: {
  programmeId: number;
  items: EvidenceTrailItem[];
  empty: string;
}) {
  const t = useTranslations("programmes.evidence");
  const source = useTranslations("partnerSource");
  if (items.length === 0) return <p className="mt-2">{empty}</p>;
  return (
    <ul className="mt-3 flex flex-col gap-3">
      {items.map((item) => (
        <li key={item.linkId} className="rounded-ik border border-line p-3">
          <p>
            <VerdictBadge verdict={item.verdict} />{" "}
            <Link href={findingHref(programmeId, item.studyId, item.findingId)} className="font-semibold">
              {item.findingTitle}
            </Link>
          </p>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
            <dt className="font-semibold">{t("study")}</dt>
            <dd>{item.studyTitle}</dd>
            {item.partnerName ? (
              <>
                <dt className="font-semibold">{source("label")}</dt>
                <dd>{item.partnerName}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{t("strengthLabel")}</dt>
            <dd>
              <StrengthOfEvidence strength={item.evidenceStrength} />
            </dd>
            <dt className="font-semibold">{t("recordedOn")}</dt>
            <dd>
              <FormattedDate value={item.recordedAt} format="date" />
            </dd>
            <dt className="font-semibold">{t("interpretationLabel")}</dt>
            <dd className="whitespace-pre-line">
              {isInterpreted(item) ? item.interpretation : <span className="italic">{t("notInterpreted")}</span>}
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
