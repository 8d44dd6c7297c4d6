"use client";
// The manager's forms for setting up partner reporting in a programme: which indicators a partner reports on, and its
// reporting periods (a series per month, quarter or half year, or one period of the manager's own choosing). Three
// forms on one page: their fields carry ids of their own, so each error lands beside its own field.
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import {
  addCustomPeriodAction,
  addPeriodSeriesAction,
  assignIndicatorsAction,
} from "@/app/(app)/programmes/[programmeId]/reporting/actions";
import { CheckboxGroupField, RadioGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

type Action = (programmeId: number, state: FormState, formData: FormData) => Promise<FormState>;

/** A form of this page: its error summary at the top, its confirmation beside the button after it worked. */
function SetupForm({
  programmeId,
  action,
  title,
  intro,
  labels,
  fieldIds,
  submit,
  pending,
  children,
}: {
  programmeId: number;
  action: Action;
  title: string;
  intro: string;
  labels: Record<string, string>;
  fieldIds: Record<string, string>;
  submit: string;
  pending: string;
  children: (state: FormState) => ReactNode;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action.bind(null, programmeId), initialFormState);
  return (
    <form action={formAction} noValidate aria-label={title} className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary state={state} labels={labels} fieldIds={fieldIds} />
      <p>{intro}</p>
      {children(state)}
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel={pending}>{submit}</SubmitButton>
        {/* Announced where the person is; the route announcer's alert is not ours. */}
        <p role="status" className="font-semibold text-success">
          {state.status === "success" ? state.message : null}
        </p>
      </div>
    </form>
  );
}

function PartnerField({ prefix, partners, state }: { prefix: string; partners: Option[]; state: FormState }) {
  const t = useTranslations("reportingManage.forms");
  return (
    <SelectField
      id={`${prefix}-partner`}
      name="partnerOrganisationId"
      label={t("partner")}
      options={partners}
      placeholder={t("choosePartner")}
      defaultValue={partners.length === 1 ? partners[0]?.value : undefined}
      state={state}
    />
  );
}

export function AssignIndicatorsForm({
  programmeId,
  partners,
  indicators,
}: {
  programmeId: number;
  partners: Option[];
  indicators: Option[];
}) {
  const t = useTranslations("reportingManage.forms");
  return (
    <SetupForm
      programmeId={programmeId}
      action={assignIndicatorsAction}
      title={t("assignTitle")}
      intro={t("assignIntro")}
      labels={{ partnerOrganisationId: t("partner"), scope: t("scope"), indicatorIds: t("indicators") }}
      fieldIds={{ partnerOrganisationId: "assign-partner" }}
      submit={t("assign")}
      pending={t("assigning")}
    >
      {(state) => (
        <>
          <PartnerField prefix="assign" partners={partners} state={state} />
          <RadioGroupField
            name="scope"
            label={t("scope")}
            options={[
              { value: "chosen", label: t("scopeChosen") },
              { value: "all", label: t("scopeAll") },
            ]}
            defaultValue="chosen"
            state={state}
          />
          <CheckboxGroupField
            name="indicatorIds"
            label={t("indicators")}
            hint={t("indicatorsHint")}
            optional
            options={indicators}
            empty={t("noIndicators")}
            state={state}
          />
        </>
      )}
    </SetupForm>
  );
}

export function PeriodSeriesForm({
  programmeId,
  partners,
  frequencies,
}: {
  programmeId: number;
  partners: Option[];
  frequencies: Option[];
}) {
  const t = useTranslations("reportingManage.forms");
  return (
    <SetupForm
      programmeId={programmeId}
      action={addPeriodSeriesAction}
      title={t("seriesTitle")}
      intro={t("seriesIntro")}
      labels={{
        partnerOrganisationId: t("partner"),
        frequency: t("frequency"),
        from: t("from"),
        to: t("to"),
        dueAfterDays: t("dueAfterDays"),
      }}
      fieldIds={{ partnerOrganisationId: "series-partner" }}
      submit={t("addSeries")}
      pending={t("adding")}
    >
      {(state) => (
        <>
          <PartnerField prefix="series" partners={partners} state={state} />
          <RadioGroupField
            name="frequency"
            label={t("frequency")}
            options={frequencies}
            defaultValue="kwartaal"
            state={state}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="from" type="date" label={t("from")} state={state} />
            <TextField name="to" type="date" label={t("to")} state={state} />
          </div>
          <TextField
            name="dueAfterDays"
            type="number"
            inputMode="numeric"
            min={0}
            max={180}
            label={t("dueAfterDays")}
            hint={t("dueAfterDaysHint")}
            defaultValue="14"
            state={state}
          />
        </>
      )}
    </SetupForm>
  );
}

export function CustomPeriodForm({ programmeId, partners }: { programmeId: number; partners: Option[] }) {
  const t = useTranslations("reportingManage.forms");
  return (
    <SetupForm
      programmeId={programmeId}
      action={addCustomPeriodAction}
      title={t("customTitle")}
      intro={t("customIntro")}
      labels={{ partnerOrganisationId: t("partner"), startsOn: t("startsOn"), endsOn: t("endsOn"), dueOn: t("dueOn") }}
      fieldIds={{ partnerOrganisationId: "custom-partner" }}
      submit={t("addCustom")}
      pending={t("adding")}
    >
      {(state) => (
        <>
          <PartnerField prefix="custom" partners={partners} state={state} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="startsOn" type="date" label={t("startsOn")} state={state} />
            <TextField name="endsOn" type="date" label={t("endsOn")} state={state} />
          </div>
          <TextField name="dueOn" type="date" label={t("dueOn")} hint={t("dueOnHint")} state={state} />
        </>
      )}
    </SetupForm>
  );
}
