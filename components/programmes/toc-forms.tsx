"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  addTocElementAction,
  addTocLinkAction,
  updateTocElementAction,
} from "@/app/(app)/programmes/[programmeId]/theory/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TOC_LEVELS, type TocLevel } from "@/lib/domain/constants";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function TocElementForm({
  programmeId,
  element,
  idPrefix = "new",
}: {
  programmeId: number;
  element?: { id: number; level: TocLevel; title: string; description: string };
  idPrefix?: string;
}) {
  const t = useTranslations("programmes.theory");
  const levels = useTranslations("programmes.level");
  const [state, action] = useActionState<FormState, FormData>(
    element ? updateTocElementAction.bind(null, programmeId, element.id) : addTocElementAction.bind(null, programmeId),
    initialFormState,
  );
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <ErrorSummary
        state={state}
        labels={{ level: t("level"), title: t("elementTitle"), description: t("elementDescription") }}
        fieldIds={{ level: id("level"), title: id("title"), description: id("description") }}
      />
      {state.status === "success" ? (
        <Notice tone="success" role="status">
          {element ? t("elementSaved") : t("elementAdded")}
        </Notice>
      ) : null}
      <SelectField
        id={id("level")}
        name="level"
        label={t("level")}
        options={TOC_LEVELS.map((level) => ({ value: level, label: levels(level) }))}
        defaultValue={element?.level ?? "activiteit"}
        state={state}
      />
      <TextField id={id("title")} name="title" label={t("elementTitle")} defaultValue={element?.title} state={state} />
      <TextAreaField
        id={id("description")}
        name="description"
        label={t("elementDescription")}
        optional
        rows={2}
        defaultValue={element?.description}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{element ? t("saveElement") : t("addElement")}</SubmitButton>
      </div>
    </form>
  );
}

export function TocLinkForm({ programmeId, elements }: { programmeId: number; elements: Option[] }) {
  const t = useTranslations("programmes.theory");
  const [state, action] = useActionState<FormState, FormData>(
    addTocLinkAction.bind(null, programmeId),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <ErrorSummary state={state} labels={{ fromElementId: t("linkFrom"), toElementId: t("linkTo") }} />
      {state.status === "success" ? (
        <Notice tone="success" role="status">
          {t("linkAdded")}
        </Notice>
      ) : null}
      <SelectField
        name="fromElementId"
        label={t("linkFrom")}
        options={elements}
        placeholder={t("chooseElement")}
        state={state}
      />
      <SelectField
        name="toElementId"
        label={t("linkTo")}
        hint={t("linkToHint")}
        options={elements}
        placeholder={t("chooseElement")}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("addLink")}</SubmitButton>
      </div>
    </form>
  );
}
