// Problems the data layer found (lib/domain/plausible.ts), in the user's language: days and numbers they name are
// written as the user reads them ("15 maart 2026", "12,5"), lists of days as a sentence.
import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Problem } from "../domain/plausible";
import { parseDay } from "../domain/time";
import type { FormState, FormValues } from "./form";

export type ProblemTranslator = (problem: Problem) => string;

/** Turns problems into sentences of the "validation" messages. */
export async function problemTranslator(): Promise<ProblemTranslator> {
  const [t, format] = await Promise.all([getTranslations("validation"), getFormatter()]);
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), "date");
  const text = (value: string | number) =>
    typeof value === "number" ? format.number(value) : parseDay(value) ? day(value) : value;
  return ({ key, values = {} }) => {
    if (!t.has(key)) return t("invalid");
    const args = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        Array.isArray(value) ? format.list(value.map(text)) : name === "count" ? value : text(value),
      ]),
    );
    return t(key, args);
  };
}

/**
 * The state of a form the data layer refused for these problems, with everything the user typed kept. A field with
 * several problems gets them all in one message, since a field shows one.
 */
export async function problemsForm<R = undefined>(
  problems: Record<string, Problem[]>,
  values: FormValues,
): Promise<FormState<R>> {
  const translate = await problemTranslator();
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, list] of Object.entries(problems)) fieldErrors[field] = [list.map(translate).join(" ")];
  return { status: "error", fieldErrors, values };
}

/**
 * A form that failed its own checks, with what the data layer says about the fields that did parse added beside
 * those fields: every problem in one round.
 */
export async function withProblems<R>(state: FormState<R>, problems: Record<string, Problem[]>): Promise<FormState<R>> {
  const extra = Object.entries(problems).filter(([field]) => !state.fieldErrors?.[field]);
  if (extra.length === 0) return state;
  const translate = await problemTranslator();
  const fieldErrors = { ...state.fieldErrors };
  for (const [field, list] of extra) fieldErrors[field] = [list.map(translate).join(" ")];
  return { ...state, fieldErrors };
}
