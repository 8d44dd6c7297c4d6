import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { RouteName } from "@/components/routes/current-route";
import { BackLink } from "@/components/ui/back-link";
import { FormattedDate } from "@/components/ui/formatted-date";
import { PageHeader } from "@/components/ui/page-header";
import { listDecisions } from "@/db/queries/routes";
import { orNotFound } from "@/lib/auth/guard";
import { findOption, INTAKE_QUESTIONS } from "@/lib/domain/intake";
import { localise } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("routes.history");
  return { title: t("title") };
}

export default async function DecisionsPage() {
  const [decisions, t, locale] = await Promise.all([
    orNotFound(listDecisions()),
    getTranslations("routes.history"),
    getLocale().then(shortLocale),
  ]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} back={<BackLink href="/routes">{t("back")}</BackLink>} />
      {decisions.length === 0 ? <p>{t("empty")}</p> : null}
      <ol className="flex max-w-3xl flex-col gap-4">
        {decisions.map((decision, index) => (
          <li key={decision.id} className="rounded-ik border border-line p-4">
            <p className="text-sm text-muted">
              {index === 0 ? (
                <strong className="mr-2 text-success">{t("current")}</strong>
              ) : (
                <span className="mr-2">{t("superseded")}</span>
              )}
              <FormattedDate value={decision.decidedAt} /> · {decision.decidedByName}
            </p>
            <h2 className="mt-1 text-xl">
              <RouteName routeKey={decision.primaryRoute} />
              {decision.secondaryRoute ? (
                <>
                  {" + "}
                  <RouteName routeKey={decision.secondaryRoute} />
                </>
              ) : null}
            </h2>
            <p className="mt-2 whitespace-pre-line">{decision.rationale}</p>
            {decision.intakeAnswers ? (
              <details className="mt-3">
                <summary className="cursor-pointer font-semibold text-link">{t("answers")}</summary>
                <dl className="mt-2 flex flex-col gap-2">
                  {INTAKE_QUESTIONS.filter((q) => decision.intakeAnswers?.[q.key]).map((question) => {
                    const option = findOption(question.key, decision.intakeAnswers?.[question.key] ?? "");
                    return (
                      <div key={question.key}>
                        <dt className="font-semibold">{localise(question.question, locale)}</dt>
                        <dd>{option ? localise(option.label, locale) : decision.intakeAnswers?.[question.key]}</dd>
                      </div>
                    );
                  })}
                </dl>
              </details>
            ) : (
              <p className="mt-3 text-sm text-muted">{t("noIntake")}</p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
