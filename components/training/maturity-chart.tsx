// The result of a maturity scan per dimension: bars drawn with CSS (hidden from screen readers) and the same figures
// in a table beside them, with the change since the scan before where there is one.
import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { type DimensionChange, SCALE_MAX } from "@/lib/domain/maturity";

const format = (value: number | null) => (value === null ? "—" : value.toLocaleString("nl-NL"));

export async function MaturityChart({
  changes,
  caption,
  beforeLabel,
  afterLabel,
}: {
  changes: DimensionChange[];
  caption: string;
  /** Without a before, only the after is shown. */
  beforeLabel?: string;
  afterLabel: string;
}) {
  const t = await getTranslations("training.scan");
  const hasBefore = Boolean(beforeLabel) && changes.some((c) => c.before !== null);
  const width = (value: number | null) => `${value === null ? 0 : (value / SCALE_MAX) * 100}%`;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <figure aria-hidden="true" className="flex flex-col gap-3">
        {changes.map((c) => (
          <div key={c.dimension}>
            <p className="text-sm font-semibold">{t(`dimensions.${c.dimension}`)}</p>
            {hasBefore ? (
              <div className="mt-1 flex items-center gap-2">
                <span className="w-16 shrink-0 text-xs text-muted">{beforeLabel}</span>
                <span className="h-3 flex-1 rounded-ik bg-info-surface">
                  <span className="block h-3 rounded-ik border border-ink bg-page" style={{ width: width(c.before) }} />
                </span>
                <span className="w-8 text-right text-xs">{format(c.before)}</span>
              </div>
            ) : null}
            <div className="mt-1 flex items-center gap-2">
              <span className="w-16 shrink-0 text-xs text-muted">{afterLabel}</span>
              <span className="h-3 flex-1 rounded-ik bg-info-surface">
                <span className="block h-3 rounded-ik bg-primary" style={{ width: width(c.after) }} />
              </span>
              <span className="w-8 text-right text-xs">{format(c.after)}</span>
            </div>
          </div>
        ))}
      </figure>
      <Table caption={caption}>
        <thead>
          <tr>
            <Th>{t("dimension")}</Th>
            {hasBefore ? <Th>{beforeLabel}</Th> : null}
            <Th>{afterLabel}</Th>
            {hasBefore ? <Th>{t("change")}</Th> : null}
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.dimension}>
              <th scope="row" className="border-b border-line px-3 py-2 text-left align-top font-semibold">
                {t(`dimensions.${c.dimension}`)}
              </th>
              {hasBefore ? <Td>{format(c.before)}</Td> : null}
              <Td>{format(c.after)}</Td>
              {hasBefore ? <Td>{c.change === null ? "—" : `${c.change > 0 ? "+" : ""}${format(c.change)}`}</Td> : null}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
