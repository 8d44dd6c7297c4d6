import { getTranslations } from "next-intl/server";

const CYCLE_STEPS = ["route", "define", "research", "learn", "adjust"] as const;

/** How impact-driven work goes, step by step: folded away below the work, for whoever wants to read it again. */
export async function CycleExplanation() {
  const t = await getTranslations("home");
  return (
    <section aria-labelledby="cycle-title" className="mt-8 max-w-3xl">
      <h2 id="cycle-title" className="text-2xl">
        {t("cycleTitle")}
      </h2>
      <details className="mt-2">
        <summary className="cursor-pointer">{t("cycleShow")}</summary>
        <ol className="mt-4 flex flex-col gap-4">
          {CYCLE_STEPS.map((step, index) => (
            <li key={step} className="flex gap-4 rounded-ik border border-line p-4">
              <span
                aria-hidden="true"
                className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-primary font-bold text-on-primary"
              >
                {index + 1}
              </span>
              <div>
                <h3 className="text-lg">{t(`steps.${step}.title`)}</h3>
                <p>{t(`steps.${step}.text`)}</p>
              </div>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
