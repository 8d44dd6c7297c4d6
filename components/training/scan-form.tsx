"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { takeScanAction } from "@/app/(app)/training/actions";
import { RadioGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { MATURITY_DIMENSIONS, MATURITY_STATEMENTS, SCALE } from "@/lib/domain/maturity";
import { SCAN_MOMENTS } from "@/lib/domain/training";
import { statementField } from "@/lib/validation/field-names/training";
import { type FormState, initialFormState } from "@/lib/validation/form";

/** The impact-maturity scan: whom it is about, when, and a level of 1 to 5 per statement, grouped by dimension. */
export function ScanForm({
  partners,
  tracks,
  teams,
  defaults,
}: {
  partners: Option[];
  tracks: Option[];
  /** Whether the viewer may scan a team of the gemeente (a partner scans only its own organisation). */
  teams: boolean;
  defaults: { trackId: string; moment: string; takenOn: string; partnerId: string };
}) {
  const t = useTranslations("training.scan");
  const [state, action] = useActionState<FormState, FormData>(takeScanAction, initialFormState);
  const subjects: Option[] = [
    ...(teams ? [{ value: "team", label: t("subjectTeam") }] : []),
    { value: "partner", label: t("subjectPartner") },
  ];
  const moments = SCAN_MOMENTS.map((m) => ({ value: m, label: t(`moments.${m}`) }));
  const levels = SCALE.map((level) => ({ value: String(level), label: `${level} – ${t(`levels.${level}`)}` }));
  const labels: Record<string, string> = {
    subject: t("subject"),
    teamName: t("teamName"),
    partnerOrganisationId: t("partner"),
    trackId: t("track"),
    moment: t("moment"),
    takenOn: t("takenOn"),
    note: t("note"),
  };
  for (const s of MATURITY_STATEMENTS) labels[statementField(s.key)] = t(`statements.${s.key}`);
  return (
    <form action={action} noValidate className="flex max-w-3xl flex-col gap-5">
      <ErrorSummary state={state} labels={labels} />
      <RadioGroupField
        name="subject"
        label={t("subject")}
        options={subjects}
        defaultValue={teams && !defaults.partnerId ? "team" : "partner"}
        state={state}
      />
      {teams ? (
        <TextField name="teamName" label={t("teamName")} hint={t("teamNameHint")} optional state={state} />
      ) : null}
      <SelectField
        name="partnerOrganisationId"
        label={t("partner")}
        options={partners}
        placeholder={t("choosePartner")}
        optional={teams}
        defaultValue={defaults.partnerId}
        state={state}
      />
      <SelectField
        name="trackId"
        label={t("track")}
        options={tracks}
        placeholder={t("noTrack")}
        optional
        defaultValue={defaults.trackId}
        state={state}
      />
      <RadioGroupField
        name="moment"
        label={t("moment")}
        options={moments}
        defaultValue={defaults.moment}
        state={state}
      />
      <TextField name="takenOn" type="date" label={t("takenOn")} defaultValue={defaults.takenOn} state={state} />
      <p className="max-w-2xl">{t("scaleIntro")}</p>
      {MATURITY_DIMENSIONS.map((dimension) => (
        <fieldset key={dimension} className="flex flex-col gap-4 rounded-ik border border-line p-4">
          <legend className="px-1 text-lg font-semibold">{t(`dimensions.${dimension}`)}</legend>
          {MATURITY_STATEMENTS.filter((s) => s.dimension === dimension).map((s) => (
            <RadioGroupField
              key={s.key}
              name={statementField(s.key)}
              label={t(`statements.${s.key}`)}
              options={levels}
              state={state}
            />
          ))}
        </fieldset>
      ))}
      <TextAreaField name="note" label={t("note")} optional rows={3} state={state} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
