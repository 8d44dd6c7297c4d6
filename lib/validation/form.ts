// The shape every form action returns, and turning FormData into it. Messages are keys in messages/*.json
// ("validation" namespace); the action translates them before they reach the browser.
import type { z } from "zod";

export type FormState<Result = undefined> = {
  status: "idle" | "error" | "success";
  /** A message about the form as a whole (shown in the error summary or as a confirmation). */
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the user submitted, so nothing typed is lost after an error. Passwords are never sent back. */
  values?: Record<string, string>;
  result?: Result;
};

export const initialFormState: FormState<never> = { status: "idle" };

export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$") || /password/i.test(key) || typeof value !== "string") continue;
    values[key] = value;
  }
  return values;
}

export type Parsed<T> =
  | { success: true; data: T }
  | { success: false; fieldErrors: Record<string, string[]>; values: Record<string, string> };

export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): Parsed<z.output<S>> {
  const raw = Object.fromEntries(
    [...formData.entries()].filter(([key, value]) => !key.startsWith("$") && typeof value === "string"),
  );
  const result = schema.safeParse(raw);
  if (result.success) return { success: true, data: result.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    const key = issue.message && /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
    fieldErrors[field] ??= [];
    if (!fieldErrors[field].includes(key)) fieldErrors[field].push(key);
  }
  return { success: false, fieldErrors, values: submittedValues(formData) };
}
