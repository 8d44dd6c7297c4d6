// The gemeente's comment on one part of a partner's report, shown beside that part while it is the partner's to
// correct: marked clearly, so the partner finds every comment without searching.
import { useTranslations } from "next-intl";

export function ReviewNote({ comment, id }: { comment: string; id?: string }) {
  const t = useTranslations("partnerReport");
  if (!comment.trim()) return null;
  return (
    <div id={id} className="rounded-ik border-l-4 border-ink bg-warning-surface p-3">
      <p className="font-semibold">{t("reviewComment")}</p>
      <p className="mt-1 whitespace-pre-line">{comment}</p>
    </div>
  );
}
