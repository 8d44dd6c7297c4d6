import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/routes/decision-form";
import { IntakeForm } from "@/components/routes/intake-form";
import { RecommendationView } from "@/components/routes/recommendation";
import { SourceCredit } from "@/components/routes/source-credit";
import { BackLink } from "@/components/ui/back-link";
import { ErrorSummary } from "@/components/ui/error-summary";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { intakeFromGemeenteScans } from "@/db/queries/scan-intake";
import { guard } from "@/db/write";
import { orNotFound } from "@/lib/auth/guard";
import { INTAKE_QUESTIONS } from "@/lib/domain/intake";
import { can } from "@/lib/domain/permissions";
import { recommend } from "@/lib/domain/recommender";
import { localise, ROUTES } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";
import type { FormState } from "@/lib/validation/form";
import { invalidForm } from "@/lib/validation/respond";
import { intakeField, parseIntake } from "@/lib/validation/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("routes.intake");
  return { title: t("title") };
}

type Search = Record<string, string | string[] | undefined>;

export default async function IntakePage({ searchParams }: { searchParams: Promise<Search> }) {
  const [{ viewer }, search, t, locale] = await Promise.all([
    orNotFound(guard("route.read")),
    searchParams,
    getTranslations("routes.intake"),
    getLocale().then(shortLocale),
  ]);
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(search)) if (typeof value === "string") values[key] = value;
  // A fresh intake starts from the gemeente's impact scans where they answer a question; the user can change it.
  const fresh = !INTAKE_QUESTIONS.some((q) => values[intakeField(q.key)] !== undefined);
  const fromScan = fresh ? await intakeFromGemeenteScans() : null;
  const scanKeys = Object.keys(fromScan?.answers ?? {});
  for (const [key, value] of Object.entries(fromScan?.answers ?? {})) if (value) values[intakeField(key)] = value;

  const submitted = values.advies === "1";
  const parsed = submitted ? parseIntake(values) : null;
  const state: FormState =
    parsed && !parsed.success
      ? await invalidForm({ fieldErrors: parsed.fieldErrors, values })
      : { status: "idle", values };
  const recommendation = parsed?.success ? recommend(parsed.answers) : null;
  const hiddenAnswers = parsed?.success
    ? Object.fromEntries(Object.entries(parsed.answers).map(([key, value]) => [intakeField(key), value]))
    : {};
  const labels = Object.fromEntries(
    INTAKE_QUESTIONS.map((q, index) => [intakeField(q.key), `${index + 1}. ${localise(q.question, locale)}`]),
  );
  const routeOptions = ROUTES.map((r) => ({ value: r.key, label: `${r.number}. ${localise(r.name, locale)}` }));
  const [first, second] = recommendation?.combination?.routes ?? [recommendation?.ranking[0]?.route];

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={recommendation ? t("introAdvice") : t("intro", { count: INTAKE_QUESTIONS.length })}
        back={<BackLink href="/routes">{t("backToRoutes")}</BackLink>}
      />
      {recommendation ? (
        <>
          <RecommendationView recommendation={recommendation} />
          <section aria-labelledby="decide-title" className="mt-10 border-t border-line pt-6">
            <h2 id="decide-title" className="text-2xl">
              {t("decideTitle")}
            </h2>
            {can(viewer.role, "route.decide") ? (
              <>
                <p className="mt-1 mb-4 max-w-3xl">{t("decideIntro")}</p>
                <DecisionForm routes={routeOptions} primary={first} secondary={second} answers={hiddenAnswers} />
              </>
            ) : (
              <div className="mt-3 max-w-3xl">
                <Notice>{t("decideNotAllowed")}</Notice>
              </div>
            )}
          </section>
          <section aria-labelledby="answers-title" className="mt-10 border-t border-line pt-6">
            <h2 id="answers-title" className="mb-4 text-2xl">
              {t("answersTitle")}
            </h2>
            <IntakeForm state={state} />
          </section>
        </>
      ) : (
        <div className="flex flex-col gap-6">
          <ErrorSummary state={state} labels={labels} />
          {fromScan && scanKeys.length > 0 ? (
            <div className="max-w-3xl">
              <Notice>
                {t.rich("fromScan", {
                  count: scanKeys.length,
                  scans: fromScan.scans,
                  link: (chunks) => <Link href="/training/scans">{chunks}</Link>,
                })}
              </Notice>
            </div>
          ) : null}
          <IntakeForm state={state} fromScan={scanKeys} />
        </div>
      )}
      <SourceCredit />
    </>
  );
}
