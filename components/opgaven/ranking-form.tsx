"use client";
// One participant's ranking: a place for each opgave named in the session. Entered by the facilitator for a
// participant, or by the participant themselves in the app. It carries the version of that participant's ranking: a
// save after someone else saved it shows both orders.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveOwnRankingAction, saveRankingAction } from "@/app/(app)/strategic-sessions/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { RANK_FIELD_PREFIX } from "@/lib/validation/field-names/opgaven";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

type Props = {
  sessionId: number;
  items: { id: number; title: string }[];
  /** What is recorded now, per item. */
  positions: Record<number, number>;
  /** The version of the participant's ranking the form is opened on. */
  version: number;
};

function RankingFields({
  state,
  action,
  version,
  items,
  positions,
  idPrefix,
  submitLabel,
}: Omit<Props, "sessionId"> & {
  state: VersionedFormState;
  action: (formData: FormData) => void;
  idPrefix: string;
  submitLabel: string;
}) {
  const t = useTranslations("opgaven.ranking");
  const check = useVersionCheck(state, version);
  const places = items.map((_, index) => ({ value: String(index + 1), label: t("place", { place: index + 1 }) }));
  const field = (itemId: number) => `${RANK_FIELD_PREFIX}${itemId}`;
  const fields: ComparedField[] = items.map((item) => ({ name: field(item.id), label: item.title, options: places }));
  return (
    <form action={action} noValidate className="mt-3 flex flex-col gap-4">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(items.map((item) => [field(item.id), item.title]))}
      />
      <VersionCheck check={check} values={state.values} fields={fields} />
      <p className="text-sm">{t("hint")}</p>
      {items.map((item) => (
        <SelectField
          key={item.id}
          id={`${idPrefix}-${field(item.id)}`}
          name={field(item.id)}
          label={item.title}
          optional
          options={places}
          placeholder={t("notRanked")}
          defaultValue={positions[item.id] ? String(positions[item.id]) : ""}
          state={state}
        />
      ))}
      <div>
        <SubmitButton pendingLabel={t("saving")}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

/** The facilitator enters the ranking of one participant (someone without an account, or on their behalf). */
export function RankingForm({
  sessionId,
  participant,
  ...props
}: Props & { participant: { id: number; name: string } }) {
  const t = useTranslations("opgaven.ranking");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    saveRankingAction.bind(null, sessionId, participant.id),
    initialFormState,
  );
  return (
    <details open={state.status === "error" ? true : undefined} className="rounded-ik border border-line p-3">
      <summary className="cursor-pointer font-semibold text-link">{t("enterFor", { name: participant.name })}</summary>
      <RankingFields
        {...props}
        state={state}
        action={action}
        idPrefix={`p${participant.id}`}
        submitLabel={t("save", { name: participant.name })}
      />
    </details>
  );
}

/** The signed-in participant's own ranking. */
export function OwnRankingForm({ sessionId, ...props }: Props) {
  const t = useTranslations("opgaven.ownRanking");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    saveOwnRankingAction.bind(null, sessionId),
    initialFormState,
  );
  return <RankingFields {...props} state={state} action={action} idPrefix="eigen" submitLabel={t("save")} />;
}
