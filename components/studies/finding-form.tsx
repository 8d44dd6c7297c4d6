"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createFindingAction, updateFindingAction } from "@/app/(app)/programmes/[programmeId]/studies/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { VERDICTS } from "@/lib/domain/constants";
import { verdictField } from "@/lib/validation/field-names/studies";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

export type FindingValues = {
  id: number;
  title: string;
  description: string;
  interpretation: string;
  /** Field name (verdictField) → verdict, for the links the finding has. */
  verdicts: Record<string, string>;
  /** The saved version this form edits; a save from an older one is refused and shows both. */
  version: number;
};

export type LinkTargets = {
  hypotheses: { id: number; label: string }[];
  assumptions: { id: number; label: string }[];
};

export function FindingForm({
  programmeId,
  studyId,
  finding,
  targets,
}: {
  programmeId: number;
  studyId: number;
  finding?: FindingValues;
  targets: LinkTargets;
}) {
  const t = useTranslations("programmes.findings");
  const verdicts = useTranslations("programmes.evidence.verdicts");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    finding
      ? updateFindingAction.bind(null, programmeId, studyId, finding.id)
      : createFindingAction.bind(null, programmeId, studyId),
    initialFormState,
  );
  const options: Option[] = VERDICTS.map((v) => ({ value: v, label: verdicts(v) }));
  const groups = [
    {
      kind: "h" as const,
      legend: t("hypothesesLegend"),
      empty: t("noHypotheses"),
      items: targets.hypotheses,
    },
    {
      kind: "a" as const,
      legend: t("assumptionsLegend"),
      empty: t("noAssumptions"),
      items: targets.assumptions,
    },
  ];
  const check = useVersionCheck(state, finding?.version ?? 0);
  const compared: ComparedField[] = [
    { name: "title", label: t("findingTitle") },
    { name: "description", label: t("description") },
    { name: "interpretation", label: t("interpretation") },
    ...groups.flatMap((group) =>
      group.items.map((item) => ({ name: verdictField(group.kind, item.id), label: item.label, options })),
    ),
  ];

  return (
    <form action={action} noValidate className="flex max-w-3xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(compared.map((field) => [field.name, field.label]))}
      />
      {finding ? <VersionCheck check={check} values={state.values} fields={compared} /> : null}
      <TextField
        name="title"
        label={t("findingTitle")}
        hint={t("titleHint")}
        defaultValue={finding?.title}
        state={state}
      />
      <TextAreaField
        name="description"
        label={t("description")}
        hint={t("descriptionHint")}
        rows={4}
        defaultValue={finding?.description}
        state={state}
      />
      <TextAreaField
        name="interpretation"
        label={t("interpretation")}
        hint={t("interpretationHint")}
        optional
        rows={4}
        defaultValue={finding?.interpretation}
        state={state}
      />
      <div className="flex flex-col gap-3">
        <h3 className="text-lg">{t("linksTitle")}</h3>
        <p className="text-sm">{t("linksHint")}</p>
        {groups.map((group) => (
          <fieldset key={group.kind} className="flex flex-col gap-4 rounded-ik border border-line p-4">
            <legend className="px-1 font-semibold">{group.legend}</legend>
            {group.items.length === 0 ? <p className="text-sm">{group.empty}</p> : null}
            {group.items.map((item) => {
              const name = verdictField(group.kind, item.id);
              return (
                <SelectField
                  key={name}
                  name={name}
                  label={item.label}
                  options={options}
                  placeholder={t("notLinked")}
                  defaultValue={finding?.verdicts[name] ?? ""}
                  state={state}
                />
              );
            })}
          </fieldset>
        ))}
      </div>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{finding ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
