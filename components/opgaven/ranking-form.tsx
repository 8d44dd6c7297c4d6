"use client";
// One participant's ranking, entered by the facilitator: a place for each opgave named in the session.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveRankingAction } from "@/app/(app)/strategic-sessions/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { RANK_FIELD_PREFIX } from "@/lib/validation/field-names";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function RankingForm({
  sessionId,
  participant,
  items,
  positions,
}: {
  sessionId: number;
  participant: { id: number; name: string };
  items: { id: number; title: string }[];
  /** What is recorded now, per item. */
  positions: Record<number, number>;
}) {
  const t = useTranslations("opgaven.ranking");
  const [state, action] = useActionState<FormState, FormData>(
    saveRankingAction.bind(null, sessionId, participant.id),
    initialFormState,
  );
  const places = items.map((_, index) => ({ value: String(index + 1), label: t("place", { place: index + 1 }) }));
  const field = (itemId: number) => `${RANK_FIELD_PREFIX}${itemId}`;
  return (
    <details open={state.status === "error" ? true : undefined} className="rounded-ik border border-line p-3">
      <summary className="cursor-pointer font-semibold text-link">{t("enterFor", { name: participant.name })}</summary>
      <form action={action} noValidate className="mt-3 flex flex-col gap-4">
        <ErrorSummary state={state} labels={Object.fromEntries(items.map((item) => [field(item.id), item.title]))} />
        <p className="text-sm">{t("hint")}</p>
        {items.map((item) => (
          <SelectField
            key={item.id}
            id={`p${participant.id}-${field(item.id)}`}
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
          <SubmitButton pendingLabel={t("saving")}>{t("save", { name: participant.name })}</SubmitButton>
        </div>
      </form>
    </details>
  );
}
