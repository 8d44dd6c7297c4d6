// The optional sections of the programme report (route 2): per chosen opgave and subsidiekader, the monitoring table
// of its agreed effects, for the college and the raad; and the form that chooses them (not on paper).
import { getTranslations } from "next-intl/server";
import { EffectSummaryTable } from "@/components/monitoring/effect-monitoring";
import { buttonClass } from "@/components/ui/button";
import type { reportMonitoringSections } from "@/db/queries/report-monitoring";

type Sections = Awaited<ReturnType<typeof reportMonitoringSections>>;

export async function MonitoringChoice({ sections }: { sections: Sections }) {
  const t = await getTranslations("monitoring.report");
  const { choices } = sections;
  const chosenOpgaven = new Set(sections.opgaven.map((o) => o.id));
  const chosenFrameworks = new Set(sections.frameworks.map((f) => f.id));
  if (choices.opgaven.length === 0 && choices.frameworks.length === 0) return null;
  return (
    <form method="get" className="no-print mt-2 flex max-w-3xl flex-col gap-3 rounded-ik border border-line p-4">
      <h3 className="text-xl">{t("choiceTitle")}</h3>
      <p>{t("choiceIntro")}</p>
      {choices.opgaven.length > 0 ? (
        <fieldset>
          <legend className="font-semibold">{t("opgaven")}</legend>
          {choices.opgaven.map((o) => (
            <label key={o.id} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="opgave" value={o.id} defaultChecked={chosenOpgaven.has(o.id)} />
              {o.title}
            </label>
          ))}
        </fieldset>
      ) : null}
      {choices.frameworks.length > 0 ? (
        <fieldset>
          <legend className="font-semibold">{t("frameworks")}</legend>
          {choices.frameworks.map((f) => (
            <label key={f.id} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="kader" value={f.id} defaultChecked={chosenFrameworks.has(f.id)} />
              {f.name}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div>
        <button type="submit" className={buttonClass("secondary")}>
          {t("apply")}
        </button>
      </div>
    </form>
  );
}

export async function MonitoringSections({ sections }: { sections: Sections }) {
  const [t, m] = await Promise.all([getTranslations("monitoring.report"), getTranslations("monitoring")]);
  const parts = [
    ...sections.opgaven.map((o) => ({
      key: `opgave-${o.id}`,
      title: t("opgaveSection", { title: o.title }),
      name: o.title,
      monitoring: o.monitoring,
    })),
    ...sections.frameworks.map((f) => ({
      key: `kader-${f.id}`,
      title: t("frameworkSection", { name: f.name }),
      name: f.name,
      monitoring: f.monitoring,
    })),
  ];
  return (
    <>
      {parts.map((part) => (
        <section key={part.key} aria-labelledby={`section-${part.key}`} className="report-question mt-10">
          <h2 id={`section-${part.key}`} className="border-b-4 border-primary pb-1 text-2xl">
            {part.title}
          </h2>
          <p className="mt-2 mb-3 max-w-3xl">{t("sectionIntro")}</p>
          {part.monitoring.effects.length === 0 ? (
            <p>{m("noEffectsFramework")}</p>
          ) : (
            <EffectSummaryTable data={part.monitoring} caption={m("summaryCaption", { name: part.name })} />
          )}
        </section>
      ))}
    </>
  );
}
