// Questions answered by choosing: a group of radio buttons (one answer) or checkboxes (several), with label, hint,
// "(optioneel)" and the error as in field.tsx. Apart from the text fields, so a form without choices does not load
// them in the browser.
import type { ReactNode } from "react";
import { allValues, type FormState, firstValue } from "@/lib/validation/form";
import { type Common, HintAndError, type Option, OptionalMark } from "./field";

/** The frame of a group of choices: a fieldset whose legend is the question, with hint and error. */
function ChoiceGroup({
  name,
  label,
  hint,
  optional,
  error,
  children,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  error?: string;
  children: ReactNode;
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      className={`flex flex-col gap-1 ${error ? "border-l-4 border-danger pl-3" : ""}`}
    >
      <legend className="mb-1 font-semibold">
        {label}
        <OptionalMark optional={optional} />
      </legend>
      <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      {children}
    </fieldset>
  );
}

/** One choice of a group; the first carries the field's id, so an error-summary link lands on the group. */
function Choice({
  type,
  name,
  option,
  first,
  checked,
  invalid,
}: {
  type: "radio" | "checkbox";
  name: string;
  option: Option;
  first: boolean;
  checked: boolean;
  invalid: boolean;
}) {
  const id = first ? name : `${name}-${option.value}`;
  return (
    <div className="flex min-h-11 items-start gap-3">
      <input
        type={type}
        id={id}
        name={name}
        value={option.value}
        defaultChecked={checked}
        aria-invalid={invalid || undefined}
        className="mt-1 h-5 w-5 shrink-0"
      />
      <label htmlFor={id} className="pt-0.5">
        {option.label}
      </label>
    </div>
  );
}

const fieldError = (state: FormState<unknown> | undefined, name: string) =>
  state?.status === "error" ? state.fieldErrors?.[name]?.[0] : undefined;

/** A question with one answer. */
export function RadioGroupField({
  name,
  label,
  hint,
  optional,
  state,
  options,
  defaultValue,
}: Omit<Common, "id"> & { options: Option[]; defaultValue?: string }) {
  const error = fieldError(state, name);
  const checked = firstValue(state?.values, name) ?? defaultValue;
  return (
    <ChoiceGroup name={name} label={label} hint={hint} optional={optional} error={error}>
      {options.map((option, index) => (
        <Choice
          key={option.value}
          type="radio"
          name={name}
          option={option}
          first={index === 0}
          checked={checked === option.value}
          invalid={Boolean(error)}
        />
      ))}
    </ChoiceGroup>
  );
}

/** Several answers: checkboxes that all send the same field name. */
export function CheckboxGroupField({
  name,
  label,
  hint,
  optional,
  state,
  options,
  defaultValues = [],
  empty,
}: Omit<Common, "id"> & { options: Option[]; defaultValues?: string[]; empty?: ReactNode }) {
  const error = fieldError(state, name);
  const checked = new Set(allValues(state?.values, name) ?? (state?.status === "error" ? [] : defaultValues));
  return (
    <ChoiceGroup name={name} label={label} hint={hint} optional={optional} error={error}>
      {options.length === 0 && empty ? <p className="text-sm">{empty}</p> : null}
      {options.map((option, index) => (
        <Choice
          key={option.value}
          type="checkbox"
          name={name}
          option={option}
          first={index === 0}
          checked={checked.has(option.value)}
          invalid={false}
        />
      ))}
    </ChoiceGroup>
  );
}
