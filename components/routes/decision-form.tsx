"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { type DecisionReview, recordDecisionAction } from "@/app/(app)/routes/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { allValues, type FormState, initialFormState } from "@/lib/validation/form";

/**
 * Records the gemeente's choice of route. The intake answers travel along as hidden fields. When the choice would
 * archive unfinished roadmap steps, the form first lists them: the person keeps any they want, then confirms.
 */
export function DecisionForm({
  routes,
  primary,
  secondary,
  answers,
}: {
  routes: Option[];
  primary?: string;
  secondary?: string;
  answers: Record<string, string>;
}) {
  const t = useTranslations("routes.decision");
  const [state, action] = useActionState<FormState<DecisionReview>, FormData>(recordDecisionAction, initialFormState);
  const review = state.result?.review;
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        labels={{ primaryRoute: t("primary"), secondaryRoute: t("secondary"), rationale: t("rationale") }}
      />
      {Object.entries(answers).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SelectField
        name="primaryRoute"
        label={t("primary")}
        options={routes}
        defaultValue={primary}
        placeholder={primary ? undefined : t("choose")}
        state={state}
      />
      <SelectField
        name="secondaryRoute"
        label={t("secondary")}
        hint={t("secondaryHint")}
        optional
        options={routes}
        placeholder={t("noSecond")}
        defaultValue={secondary ?? ""}
        state={state}
      />
      <TextAreaField name="rationale" label={t("rationale")} hint={t("rationaleHint")} rows={6} state={state} />
      {review ? <StepsReview review={review} kept={allValues(state.values, "keepStepIds") ?? []} /> : null}
      <div>
        <SubmitButton pendingLabel={t("saving")}>{review ? t("confirm") : t("submit")}</SubmitButton>
      </div>
    </form>
  );
}

/** The unfinished steps the decision would archive, each with a box to keep it on the roadmap. */
function StepsReview({ review, kept }: { review: DecisionReview["review"]; kept: string[] }) {
  const t = useTranslations("routes.decision.review");
  const statuses = useTranslations("routes.status");
  const heading = useRef<HTMLHeadingElement>(null);
  // A new list (the first, or one that changed meanwhile) takes focus, so nobody confirms it unseen.
  useEffect(() => {
    if (review.steps) heading.current?.focus();
  }, [review]);
  return (
    <section aria-labelledby="review-title" className="rounded-ik border-l-4 border-ink bg-warning-surface p-4">
      <input type="hidden" name="reviewed" value="1" />
      {review.steps.map((step) => (
        <input key={step.id} type="hidden" name="archiveStepIds" value={step.id} />
      ))}
      <h2 id="review-title" ref={heading} tabIndex={-1} className="text-xl">
        {review.steps.length ? t("title", { count: review.steps.length }) : t("titleNone")}
      </h2>
      {review.changed ? (
        <p role="status" className="mt-2 font-semibold">
          {t("changed")}
        </p>
      ) : null}
      {review.steps.length ? (
        <fieldset className="mt-3">
          <legend className="mb-2">{t("intro")}</legend>
          <ul className="flex flex-col gap-3">
            {review.steps.map((step) => (
              <li key={step.id} className="flex items-start gap-3">
                <input
                  type="checkbox"
                  id={`keep-${step.id}`}
                  name="keepStepIds"
                  value={step.id}
                  defaultChecked={kept.includes(String(step.id))}
                  aria-describedby={`keep-${step.id}-details`}
                  className="mt-1 size-5"
                />
                <div>
                  <label htmlFor={`keep-${step.id}`} className="font-semibold">
                    {t("keep", { title: step.title })}
                  </label>
                  <p id={`keep-${step.id}-details`} className="text-sm">
                    {step.routeName} · {statuses(step.status)}
                    {step.ownerName ? ` · ${t("owner", { name: step.ownerName })}` : ""}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : (
        <p className="mt-2">{t("none")}</p>
      )}
    </section>
  );
}
