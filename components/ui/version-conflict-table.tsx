"use client";
// The comparison a form shows after its save was refused because someone else saved in between (see
// version-conflict.tsx): per field that differs, the user's own value beside the saved one. Loaded when a refusal
// comes, not with every edit form.
import { useFormatter, useTranslations } from "next-intl";
import { readableValue } from "@/lib/domain/field-values";
import type { VersionConflict } from "@/lib/domain/version-conflict";
import type { FormValues } from "@/lib/validation/form";
import { Table, Td, Th } from "./table";
import type { ComparedField } from "./version-conflict";

type Value = string | string[] | undefined;

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

export function ConflictTable({
  conflict,
  values,
  fields,
}: {
  conflict: VersionConflict;
  values: FormValues | undefined;
  fields: ComparedField[];
}) {
  const t = useTranslations("forms.conflict");
  const format = useFormatter();
  const byName = new Map(fields.map((field) => [field.name, field]));
  const savedBy =
    conflict.savedByName && conflict.savedAt
      ? t("savedBy", {
          name: conflict.savedByName,
          day: format.dateTime(new Date(conflict.savedAt), "date"),
          time: format.dateTime(new Date(conflict.savedAt), { hour: "2-digit", minute: "2-digit" }),
        })
      : t("savedNow");
  return (
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
  );
}
