// Server side of the form pattern: turns message keys into the user's language before they leave the server.
import "server-only";
import { getTranslations } from "next-intl/server";
import { MIN_PASSWORD_LENGTH } from "./fields";
import { type FormState, type FormValues, submittedValues } from "./form";

type Failure = { fieldErrors: Record<string, string[]>; values: FormValues };

async function translator(params?: Record<string, number>) {
  const t = await getTranslations("validation");
  return (message: string) => {
    // "tooLong:200": the key and the limit it names.
    const [key = message, limit] = message.split(":");
    const max = limit === undefined ? undefined : Number(limit);
    return t.has(key)
      ? t(key, { min: MIN_PASSWORD_LENGTH, ...(max === undefined ? {} : { max }), ...params })
      : t("invalid");
  };
}

/** The state for a form that failed validation, in the user's language, with their input kept. */
export async function invalidForm<R = undefined>(
  failure: Failure,
  messageKey?: string,
  params?: Record<string, number>,
): Promise<FormState<R>> {
  const translate = await translator(params);
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, keys] of Object.entries(failure.fieldErrors)) fieldErrors[field] = keys.map(translate);
  return {
    status: "error",
    message: messageKey ? translate(messageKey) : undefined,
    fieldErrors,
    values: failure.values,
  };
}

/** The state for a form whose input was valid but which the data layer refused (a taken name, the last beheerder). */
export async function refusedForm<R = undefined>(
  refusal: { error: string; field?: string; params?: Record<string, number> },
  formData: FormData,
): Promise<FormState<R>> {
  const values = submittedValues(formData);
  if (refusal.field) {
    return invalidForm({ fieldErrors: { [refusal.field]: [refusal.error] }, values }, undefined, refusal.params);
  }
  return invalidForm({ fieldErrors: {}, values }, refusal.error, refusal.params);
}
