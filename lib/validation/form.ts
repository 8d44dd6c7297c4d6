// The shape every form action returns, and turning FormData into it. Messages are keys in messages/*.json
// ("validation" namespace), a number after a colon their limit ("tooLong:200"); the action translates them before they
// reach the browser.
import type { z } from "zod";

export type FormState<Result = undefined> = {
  status: "idle" | "error" | "success";
  /** A message about the form as a whole (shown in the error summary or as a confirmation). */
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the user submitted, so nothing typed is lost after an error. Passwords are never sent back. */
  values?: FormValues;
  result?: Result;
};

/** Submitted fields; a field sent more than once (a group of checkboxes) keeps all its values. */
export type FormValues = Record<string, string | string[]>;

export const initialFormState: FormState<never> = { status: "idle" };

function collect(formData: FormData, keep: (key: string) => boolean): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (!keep(key) || typeof value !== "string") continue;
    const present = values[key];
    if (present === undefined) values[key] = value;
    else values[key] = Array.isArray(present) ? [...present, value] : [present, value];
  }
  return values;
}

export function submittedValues(formData: FormData): FormValues {
  return collect(formData, (key) => !key.startsWith("$") && !/password/i.test(key));
}

/** One submitted value of a field (the first, if it was sent more than once). */
export function firstValue(values: FormValues | undefined, name: string): string | undefined {
  const value = values?.[name];
  return Array.isArray(value) ? value[0] : value;
}

/** All submitted values of a field, for groups of checkboxes. */
export function allValues(values: FormValues | undefined, name: string): string[] | undefined {
  const value = values?.[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}

export type Parsed<T> =
  | { success: true; data: T }
  | { success: false; fieldErrors: Record<string, string[]>; values: FormValues };

export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): Parsed<z.output<S>> {
  const result = schema.safeParse(collect(formData, (key) => !key.startsWith("$")));
  if (result.success) return { success: true, data: result.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    let key = issue.message && /^[a-zA-Z]+(?::\d+)?$/.test(issue.message) ? issue.message : "invalid";
    // A length error names the limit: "tooLong:200" becomes "… maximaal 200 tekens".
    if (issue.code === "too_big" && key.startsWith("tooLong") && !key.includes(":"))
      key = `${key}:${Number(issue.maximum)}`;
    fieldErrors[field] ??= [];
    if (!fieldErrors[field].includes(key)) fieldErrors[field].push(key);
  }
  return { success: false, fieldErrors, values: submittedValues(formData) };
}
