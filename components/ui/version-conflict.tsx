"use client";
// The version an edit form carries, and what it shows when its save was refused because someone else saved in
// between: per field that differs, the user's own value beside the saved one. The user's input stays in the fields;
// the form now carries the saved version, so saving again keeps the user's values deliberately.
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { type FieldReading, readableValue } from "@/lib/domain/field-values";
import type { VersionConflict } from "@/lib/domain/version-conflict";
import type { FormValues } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";
import { Table, Td, Th } from "./table";

type Value = string | string[] | undefined;

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

function useShow(field: ComparedField | undefined) {
  const t = useTranslations("forms.conflict");
  const format = useFormatter();
  return (value: Value) => {
    // Noon UTC is the same calendar day in Amsterdam whatever the season.
    const texts = readableValue(value, field, (day) => format.dateTime(new Date(`${day}T12:00:00Z`), "date"));
    if (texts.length === 0) return <span className="text-muted">{t("empty")}</span>;
    if (texts.length === 1) return <span className="whitespace-pre-line">{texts[0]}</span>;
    return (
      <ul className="list-disc pl-5">
        {texts.map((text, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never reorders.
          <li key={index}>{text}</li>
        ))}
      </ul>
    );
  };
}

function Row({ field, name, mine, saved }: { field?: ComparedField; name: string; mine: Value; saved: Value }) {
  const show = useShow(field);
  return (
    <tr>
      <th scope="row" className="border-b border-line px-3 py-2 text-left align-top font-semibold">
        {field?.label ?? name}
      </th>
      <Td>{show(mine)}</Td>
      <Td>{show(saved)}</Td>
    </tr>
  );
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
  const t = useTranslations("forms.conflict");
  const format = useFormatter();
  const { conflict } = check;
  const byName = new Map(fields.map((field) => [field.name, field]));
  const savedBy =
    conflict?.savedByName && conflict.savedAt
      ? t("savedBy", {
          name: conflict.savedByName,
          day: format.dateTime(new Date(conflict.savedAt), "date"),
          time: format.dateTime(new Date(conflict.savedAt), { hour: "2-digit", minute: "2-digit" }),
        })
      : t("savedNow");
  return (
    <>
      <input type="hidden" name="version" value={String(check.version)} />
      {conflict ? (
        <div className="rounded-ik border-l-4 border-ink bg-warning-surface p-4">
          <p className="font-semibold" aria-hidden="true">
            {t("caption")}
          </p>
          <div className="mt-3 rounded-ik bg-page">
            <Table caption={t("caption")}>
              <thead>
                <tr>
                  <Th>{t("field")}</Th>
                  <Th>{t("mine")}</Th>
                  <Th>{savedBy}</Th>
                </tr>
              </thead>
              <tbody>
                {conflict.changed.map((name) => {
                  const field = byName.get(name);
                  return (
                    <Row
                      key={name}
                      name={name}
                      field={field}
                      mine={field?.mine ? field.mine(values ?? {}) : values?.[name]}
                      saved={conflict.saved[name]}
                    />
                  );
                })}
              </tbody>
            </Table>
          </div>
          <p className="mt-3">{t("next")}</p>
        </div>
      ) : null}
    </>
  );
}
