// The difference between two texts, line by line. Added and removed lines are marked in colour and in text: a
// visible "+" or "−" and, for screen readers, the words "toegevoegd"/"verwijderd". Works in server and client
// components alike.
import { useTranslations } from "next-intl";
import { type DiffPart, diffStats, diffTextLines, foldUnchanged } from "@/lib/domain/page-diff";

const LINE = "flex gap-2 px-2 whitespace-pre-wrap break-words";

function Line({ part, t }: { part: DiffPart; t: ReturnType<typeof useTranslations<"pages.diff">> }) {
  switch (part.kind) {
    case "skipped":
      return (
        <li className={`${LINE} py-1 font-sans text-sm text-muted italic`}>… {t("skipped", { count: part.count })}</li>
      );
    case "added":
      return (
        <li className={`${LINE} border-l-4 border-success bg-success-surface`}>
          <span aria-hidden="true" className="font-bold">
            +
          </span>
          <span className="sr-only">{t("added")} </span>
          <ins className="no-underline">{part.text || "\u00a0"}</ins>
        </li>
      );
    case "removed":
      return (
        <li className={`${LINE} border-l-4 border-danger bg-danger-surface`}>
          <span aria-hidden="true" className="font-bold">
            −
          </span>
          <span className="sr-only">{t("removed")} </span>
          <del className="no-underline">{part.text || "\u00a0"}</del>
        </li>
      );
    case "unchanged":
      return (
        <li className={`${LINE} border-l-4 border-transparent`}>
          <span aria-hidden="true" className="font-bold">
            {"\u00a0"}
          </span>
          <span>{part.text || "\u00a0"}</span>
        </li>
      );
  }
}

/** `before` → `after`: lines only in `after` are added, lines only in `before` removed. */
export function DiffView({ before, after }: { before: string; after: string }) {
  const t = useTranslations("pages.diff");
  const lines = diffTextLines(before, after);
  const stats = diffStats(lines);
  if (stats.added === 0 && stats.removed === 0) return <p>{t("none")}</p>;
  return (
    <div>
      <p className="mb-2">{t("summary", stats)}</p>
      <ul aria-label={t("label")} className="overflow-hidden rounded-ik border border-line font-mono text-sm">
        {foldUnchanged(lines).map((part, index) => (
          // The parts of one difference never move: their position is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <Line key={index} part={part} t={t} />
        ))}
      </ul>
    </div>
  );
}
