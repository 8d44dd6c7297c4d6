import { useTranslations } from "next-intl";

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The before and after values of a change, one line per field that changed. */
export function ChangeList({ changes }: { changes: { before?: unknown; after?: unknown } }) {
  const t = useTranslations("admin.activity");
  const before = (changes.before ?? {}) as Record<string, unknown>;
  const after = (changes.after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => show(before[key]) !== show(after[key]),
  );
  if (keys.length === 0) return null;
  return (
    <ul className="mt-1 text-sm text-muted">
      {keys.map((key) => (
        <li key={key}>{t("change", { field: key, before: show(before[key]), after: show(after[key]) })}</li>
      ))}
    </ul>
  );
}
