"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import type { FormState } from "@/lib/validation/form";

/**
 * The list of problems at the top of a form. It takes focus after a failed submit so keyboard and screen-reader
 * users land on it, and each item links to its field.
 */
export function ErrorSummary({
  state,
  labels,
  fieldIds = {},
  title,
}: {
  state: FormState<unknown>;
  labels: Record<string, string>;
  fieldIds?: Record<string, string>;
  /** Overrides "Er is iets niet goed ingevuld" where the problem is not the input (a refused sign-in). */
  title?: string;
}) {
  const t = useTranslations("forms");
  const ref = useRef<HTMLElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (state.status === "error") ref.current?.focus();
  }, [state]);

  if (state.status !== "error") return null;
  const fields = Object.entries(state.fieldErrors ?? {});

  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby={titleId}
      className="rounded-ik border-4 border-danger bg-page p-4"
    >
      <h2 id={titleId} className="text-lg text-danger">
        {title ?? t("errorSummaryTitle")}
      </h2>
      {state.message ? <p className="mt-2">{state.message}</p> : null}
      {fields.length > 0 ? (
        <ul className="mt-2 list-disc pl-6">
          {fields.map(([field, messages]) => (
            <li key={field}>
              <a href={`#${fieldIds[field] ?? field}`} className="font-semibold text-danger">
                {labels[field] ? `${labels[field]}: ` : ""}
                {messages[0]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
