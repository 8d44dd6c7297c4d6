"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createProgrammeAction, updateProgrammeAction } from "@/app/(app)/programmes/actions";
import { CheckboxGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { PROGRAMME_KINDS, PROGRAMME_STATUSES } from "@/lib/domain/constants";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

export type ProgrammeFormValues = {
  id: number;
  name: string;
  kind: string;
  societalChallenge: string;
  route: string | null;
  description: string;
  ownerId: number;
  teamMemberIds: number[];
  partnerIds: number[];
  startDate: string | null;
  endDate: string | null;
  budget: string;
  status: string;
  /** The saved version this form edits; a save from an older one is refused and shows both. */
  version: number;
};

export function ProgrammeForm({
  programme,
  routes,
  owners,
  members,
  partners,
  defaultOwnerId,
}: {
  programme?: ProgrammeFormValues;
  routes: Option[];
  owners: Option[];
  members: Option[];
  partners: Option[];
  defaultOwnerId?: number;
}) {
  const t = useTranslations("programmes.form");
  const labels = useTranslations("programmes");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    programme ? updateProgrammeAction.bind(null, programme.id) : createProgrammeAction,
    initialFormState,
  );
  const check = useVersionCheck(state, programme?.version ?? 0);
  const kinds = PROGRAMME_KINDS.map((k) => ({ value: k, label: labels(`kinds.${k}`) }));
  const statuses = PROGRAMME_STATUSES.map((s) => ({ value: s, label: labels(`statuses.${s}`) }));
  const compared: ComparedField[] = [
    { name: "name", label: t("name") },
    { name: "kind", label: t("kind"), options: kinds },
    { name: "societalChallenge", label: t("societalChallenge") },
    { name: "route", label: t("route"), options: routes },
    { name: "description", label: t("description") },
    { name: "ownerId", label: t("owner"), options: owners },
    { name: "teamMemberIds", label: t("team"), options: members },
    { name: "partnerIds", label: t("partners"), options: partners },
    { name: "startDate", label: t("startDate"), day: true },
    { name: "endDate", label: t("endDate"), day: true },
    { name: "budget", label: t("budget") },
    { name: "status", label: t("status"), options: statuses },
  ];
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(compared.map((field) => [field.name, field.label]))}
      />
      {programme ? <VersionCheck check={check} values={state.values} fields={compared} /> : null}
      <TextField name="name" label={t("name")} hint={t("nameHint")} defaultValue={programme?.name} state={state} />
      <SelectField
        name="kind"
        label={t("kind")}
        options={kinds}
        defaultValue={programme?.kind ?? "pilot"}
        state={state}
      />
      <TextAreaField
        name="societalChallenge"
        label={t("societalChallenge")}
        hint={t("societalChallengeHint")}
        defaultValue={programme?.societalChallenge}
        rows={3}
        state={state}
      />
      <SelectField
        name="route"
        label={t("route")}
        hint={t("routeHint")}
        optional
        options={routes}
        placeholder={t("noRoute")}
        defaultValue={programme?.route ?? ""}
        state={state}
      />
      <TextAreaField
        name="description"
        label={t("description")}
        optional
        defaultValue={programme?.description}
        rows={5}
        state={state}
      />
      <SelectField
        name="ownerId"
        label={t("owner")}
        hint={t("ownerHint")}
        options={owners}
        placeholder={t("chooseOwner")}
        defaultValue={programme ? String(programme.ownerId) : defaultOwnerId ? String(defaultOwnerId) : ""}
        state={state}
      />
      <CheckboxGroupField
        name="teamMemberIds"
        label={t("team")}
        hint={t("teamHint")}
        optional
        options={members}
        defaultValues={programme?.teamMemberIds.map(String)}
        state={state}
      />
      <CheckboxGroupField
        name="partnerIds"
        label={t("partners")}
        hint={t("partnersHint")}
        optional
        options={partners}
        defaultValues={programme?.partnerIds.map(String)}
        empty={t("noPartners")}
        state={state}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          name="startDate"
          type="date"
          label={t("startDate")}
          optional
          defaultValue={programme?.startDate ?? ""}
          state={state}
        />
        <TextField
          name="endDate"
          type="date"
          label={t("endDate")}
          optional
          defaultValue={programme?.endDate ?? ""}
          state={state}
        />
      </div>
      <TextField
        name="budget"
        label={t("budget")}
        hint={t("budgetHint")}
        optional
        inputMode="decimal"
        defaultValue={programme?.budget ?? ""}
        state={state}
      />
      <SelectField
        name="status"
        label={t("status")}
        options={statuses}
        defaultValue={programme?.status ?? "concept"}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{programme ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
