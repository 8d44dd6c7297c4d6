"use client";
// The version an edit form carries, and what it shows when its save was refused because someone else saved in
// between: per field that differs, the user's own value beside the saved one. The user's input stays in the fields;
// the form now carries the saved version, so saving again keeps the user's values deliberately.
import { useTranslations } from "next-intl";
import { lazy, Suspense, useState } from "react";
import type { FieldReading } from "@/lib/domain/field-values";
import type { VersionConflict } from "@/lib/domain/version-conflict";
import type { FormValues } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

// The comparison itself loads when a save is refused (version-conflict-table.tsx), not with every edit form.
const ConflictTable = lazy(() =>
  import("./version-conflict-table").then((module) => ({ default: module.ConflictTable })),
);

/** How one field of the form reads in the comparison: its label, and its options or a calendar day. */
export type ComparedField = FieldReading & {
  name: string;
  label: string;
  /** For a field the form sends as several inputs (rows of links): the user's value from what they sent. */
  mine?: (values: FormValues) => string[];
};

/**
 * The version to send with the next save and the conflict to show. A conflict stays on screen after a later refusal
 * for another reason (an emptied field), and goes once a save succeeded.
 */
export function useVersionCheck(state: VersionedFormState, version: number) {
  const t = useTranslations("forms.conflict");
  const [shown, setShown] = useState<VersionConflict | null>(null);
  const latest = state.status === "error" ? state.result?.conflict : undefined;
  if (latest && latest !== shown) setShown(latest);
  if (state.status === "success" && shown) setShown(null);
  const conflict = state.status === "success" ? null : (latest ?? shown);
  return {
    // Versions only grow: the newest one this form has seen is the one its next save is based on.
    version: Math.max(version, conflict?.version ?? 0),
    conflict,
    /** The title of the error summary while the form shows a conflict it just received. */
    summaryTitle: latest ? t("title") : undefined,
  };
}

/**
 * The hidden version field of an edit form, and after a refused save the comparison of the user's values with the
 * saved ones. Put it at the top of the form, right after the error summary (which announces the refusal).
 */
export function VersionCheck({
  check,
  values,
  fields,
}: {
  check: ReturnType<typeof useVersionCheck>;
  /** What the user sent with the refused save. */
  values: FormValues | undefined;
  fields: ComparedField[];
}) {
  const { conflict } = check;
  return (
    <>
      <input type="hidden" name="version" value={String(check.version)} />
      {conflict ? (
        <Suspense fallback={null}>
          <ConflictTable conflict={conflict} values={values} fields={fields} />
        </Suspense>
      ) : null}
    </>
  );
}
