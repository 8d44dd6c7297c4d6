import { useTranslations } from "next-intl";
import type { LearningQuestionStatus } from "@/lib/domain/constants";

const STYLE: Record<LearningQuestionStatus, string> = {
  open: "bg-surface-strong text-ink",
  in_behandeling: "bg-info-surface text-ink",
  beantwoord: "bg-success-surface text-success",
  vervallen: "border border-line text-muted",
};

/** The status in words; the colour only helps. */
export function LearningQuestionStatusBadge({ status }: { status: LearningQuestionStatus }) {
  const t = useTranslations("learningQuestions.statuses");
  return (
    <span className={`inline-block rounded-ik px-2 py-0.5 text-sm font-semibold ${STYLE[status]}`}>{t(status)}</span>
  );
}
