import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { RadioGroupField } from "@/components/ui/choice-fields";
import { INTAKE_QUESTIONS } from "@/lib/domain/intake";
import { localise } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";
import type { FormState } from "@/lib/validation/form";
import { intakeField } from "@/lib/validation/routes";

/**
 * The intake as a plain GET form: answers end up in the address, so an advice can be shared with a colleague
 * who decides, and nothing is stored until someone records a decision.
 */
export async function IntakeForm({ state, fromScan = [] }: { state: FormState; fromScan?: readonly string[] }) {
  const [t, locale] = await Promise.all([getTranslations("routes.intake"), getLocale().then(shortLocale)]);
  return (
    <form method="get" action="/routes/intake" className="flex max-w-3xl flex-col gap-6">
      <ol className="flex flex-col gap-6">
        {INTAKE_QUESTIONS.map((question, index) => (
          <li key={question.key} className="rounded-ik border border-line p-4">
            <RadioGroupField
              name={intakeField(question.key)}
              label={`${index + 1}. ${localise(question.question, locale)}`}
              hint={
                [
                  question.hint ? localise(question.hint, locale) : "",
                  fromScan.includes(question.key) ? t("fromScanHint") : "",
                ]
                  .filter(Boolean)
                  .join(" ") || undefined
              }
              options={question.options.map((option) => ({
                value: option.value,
                label: localise(option.label, locale),
              }))}
              state={state}
            />
          </li>
        ))}
      </ol>
      <div>
        <button type="submit" name="advies" value="1" className={buttonClass("primary")}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
