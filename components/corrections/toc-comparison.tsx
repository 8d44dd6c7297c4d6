import { getTranslations } from "next-intl/server";
import { TOC_LEVELS, type TocLevel } from "@/lib/domain/constants";
import { diffToc, type TocSnapshot } from "@/lib/domain/toc-diff";

/** The theory of change before and after a decided correction, side by side, with what changed in words. */
export async function TocComparison({
  before,
  after,
}: {
  before: { version: number; snapshot: TocSnapshot };
  after: { version: number; snapshot: TocSnapshot };
}) {
  const [t, levels] = await Promise.all([
    getTranslations("programmes.corrections"),
    getTranslations("programmes.levels"),
  ]);
  const diff = diffToc(before.snapshot, after.snapshot);
  const added = new Set(diff.added.map((e) => e.id));
  const removed = new Set(diff.removed.map((e) => e.id));
  const renamed = new Set(diff.renamed.map((e) => e.id));

  const column = (label: string, snapshot: TocSnapshot, side: "before" | "after") => (
    <section aria-label={label} className="rounded-ik border border-line p-4">
      <h4 className="font-bold">{label}</h4>
      {TOC_LEVELS.map((level) => {
        const items = snapshot.elements.filter((e) => e.level === level);
        if (items.length === 0) return null;
        return (
          <div key={level} className="mt-3">
            <p className="text-sm font-semibold text-muted">{levels(level as TocLevel)}</p>
            <ul className="list-disc pl-5">
              {items.map((element) => {
                const mark =
                  side === "after" && added.has(element.id)
                    ? t("markAdded")
                    : side === "before" && removed.has(element.id)
                      ? t("markRemoved")
                      : renamed.has(element.id)
                        ? t("markRenamed")
                        : null;
                return (
                  <li key={element.id}>
                    <span className={mark ? "font-semibold" : undefined}>{element.title}</span>
                    {mark ? <span className="ml-2 rounded-ik bg-warning-surface px-1 text-sm">{mark}</span> : null}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );

  return (
    <div>
      <ul className="mb-4 list-disc pl-6">
        {diff.added.map((e) => (
          <li key={`a${e.id}`}>{t("diffAdded", { title: e.title })}</li>
        ))}
        {diff.removed.map((e) => (
          <li key={`r${e.id}`}>{t("diffRemoved", { title: e.title })}</li>
        ))}
        {diff.renamed.map((e) => (
          <li key={`n${e.id}`}>{t("diffRenamed", { before: e.before, after: e.after })}</li>
        ))}
        {diff.linksRemoved.map((l) => (
          <li key={`lr${l.from}${l.to}`}>{t("diffLinkRemoved", { from: l.from, to: l.to })}</li>
        ))}
        {diff.linksAdded.map((l) => (
          <li key={`la${l.from}${l.to}`}>{t("diffLinkAdded", { from: l.from, to: l.to })}</li>
        ))}
      </ul>
      <div className="grid gap-4 md:grid-cols-2">
        {column(t("versionBefore", { version: before.version }), before.snapshot, "before")}
        {column(t("versionAfter", { version: after.version }), after.snapshot, "after")}
      </div>
    </div>
  );
}
