// Form fields with label, hint, "(optioneel)" and the error beside the field. The value the user submitted
// comes back through `state.values`, so nothing typed is lost after an error.
import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { type FormState, firstValue } from "@/lib/validation/form";

export type Common = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  state?: FormState<unknown>;
  id?: string;
};

function useFieldParts({ name, hint, state, id }: Common) {
  const fieldId = id ?? name;
  const error = state?.status === "error" ? state.fieldErrors?.[name]?.[0] : undefined;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = error ? `${fieldId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { fieldId, error, hintId, errorId, describedBy };
}

/** "(optioneel)" after a question's label or legend, when it may stay empty. */
export function OptionalMark({ optional }: { optional?: boolean }) {
  const t = useTranslations("forms");
  return optional ? <span className="font-normal text-muted"> {t("optional")}</span> : null;
}

/** The hint under a question and its error, each with the id the field refers to in aria-describedby. */
export function HintAndError({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint?: ReactNode;
  hintId?: string;
  error?: string;
  errorId?: string;
}) {
  const t = useTranslations("forms");
  return (
    <>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="font-semibold text-danger">
          <span className="sr-only">{t("errorPrefix")} </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

function FieldFrame({
  fieldId,
  label,
  hint,
  hintId,
  error,
  errorId,
  optional,
  children,
}: {
  fieldId: string;
  label: ReactNode;
  hint?: ReactNode;
  hintId?: string;
  error?: string;
  errorId?: string;
  optional?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`flex flex-col gap-1 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={fieldId} className="font-semibold">
        {label}
        <OptionalMark optional={optional} />
      </label>
      <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      {children}
    </div>
  );
}

const INPUT_CLASS =
  "w-full max-w-xl rounded-ik border-2 border-input bg-page px-3 py-2 text-ink aria-[invalid=true]:border-danger";

export function TextField({
  name,
  label,
  hint,
  optional,
  state,
  id,
  defaultValue,
  className = "",
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  const parts = useFieldParts({ name, label, hint, state, id });
  const submitted = firstValue(state?.values, name);
  return (
    <FieldFrame label={label} hint={hint} optional={optional} {...parts}>
      <input
        id={parts.fieldId}
        name={name}
        defaultValue={submitted ?? defaultValue}
        aria-invalid={parts.error ? true : undefined}
        aria-describedby={parts.describedBy}
        required={!optional && input.type !== "hidden" ? true : undefined}
        className={`${INPUT_CLASS} ${className}`}
        {...input}
      />
    </FieldFrame>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  optional,
  state,
  id,
  defaultValue,
  className = "",
  above,
  ...textarea
}: Common & {
  /** Shown between the label (with hint and error) and the text box: a formatting toolbar. */
  above?: ReactNode;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">) {
  const parts = useFieldParts({ name, label, hint, state, id });
  const submitted = firstValue(state?.values, name);
  return (
    <FieldFrame label={label} hint={hint} optional={optional} {...parts}>
      {above}
      <textarea
        id={parts.fieldId}
        name={name}
        defaultValue={submitted ?? defaultValue}
        aria-invalid={parts.error ? true : undefined}
        aria-describedby={parts.describedBy}
        required={!optional ? true : undefined}
        rows={4}
        className={`${INPUT_CLASS} ${className}`}
        {...textarea}
      />
    </FieldFrame>
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  name,
  label,
  hint,
  optional,
  state,
  id,
  options,
  placeholder,
  defaultValue,
  className = "",
  ...select
}: Common & { options: Option[]; placeholder?: string } & Omit<
    SelectHTMLAttributes<HTMLSelectElement>,
    "name" | "id"
  >) {
  const parts = useFieldParts({ name, label, hint, state, id });
  const submitted = firstValue(state?.values, name);
  const initial = submitted ?? defaultValue ?? "";
  return (
    <FieldFrame label={label} hint={hint} optional={optional} {...parts}>
      <select
        // React applies a select's defaultValue only when it mounts, and resets the form after an action:
        // remount when the value to show changes, so the submitted or saved choice stays selected.
        key={String(initial)}
        id={parts.fieldId}
        name={name}
        defaultValue={initial}
        aria-invalid={parts.error ? true : undefined}
        aria-describedby={parts.describedBy}
        className={`${INPUT_CLASS} ${className}`}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
