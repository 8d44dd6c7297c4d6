import { getLocale, getTranslations } from "next-intl/server";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import type { RoadmapStatus, Role } from "@/lib/domain/constants";
import { can } from "@/lib/domain/permissions";
import { isOverdue, roadmapProgress, stepByKey } from "@/lib/domain/roadmap";
import { getRoute, isRouteKey, localise } from "@/lib/domain/scenarios";
import { todayInAmsterdam } from "@/lib/domain/time";
import { shortLocale } from "@/lib/i18n/settings";
import { RoadmapStatusButton } from "./roadmap-status-button";
import { WorkAreaPointer } from "./work-area-pointer";

export type RoadmapStepView = {
  id: number;
  route: string;
  stepKey: string;
  isFirstStep: boolean;
  position: number;
  dueDate: string | null;
  status: RoadmapStatus;
  notes: string;
  ownerName: string | null;
  version: number;
};

const STATUS_STYLE: Record<RoadmapStatus, string> = {
  te_doen: "bg-surface-strong text-ink",
  bezig: "bg-info-surface text-ink",
  klaar: "bg-success-surface text-success",
};

export async function Roadmap({
  steps,
  role,
  showRoute,
  savedStepId,
}: {
  steps: RoadmapStepView[];
  role: Role;
  showRoute: boolean;
  savedStepId?: number;
}) {
  const [t, locale] = await Promise.all([getTranslations("routes"), getLocale().then(shortLocale)]);
  const progress = roadmapProgress(steps);
  const today = todayInAmsterdam();
  const mayUpdate = can(role, "roadmap.update");

  return (
    <section aria-labelledby="roadmap-title" className="mt-8">
      <h2 id="roadmap-title" className="text-2xl">
        {t("roadmapTitle")}
      </h2>
      <p className="mt-1" id="roadmap-progress">
        {t("progress", { done: progress.done, total: progress.total })}
      </p>
      <progress
        className="mt-2 h-3 w-full max-w-md"
        max={progress.total || 1}
        value={progress.done}
        aria-labelledby="roadmap-progress"
      />
      <ol className="mt-4 flex flex-col gap-3">
        {steps.map((step) => {
          const content = stepByKey(step.stepKey);
          const overdue = isOverdue(step, today);
          const title = content ? localise(content.title, locale) : step.stepKey;
          return (
            <li
              key={step.id}
              id={`stap-${step.id}`}
              className={`rounded-ik border p-4 ${step.isFirstStep ? "border-2 border-primary" : "border-line"}`}
            >
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="max-w-2xl">
                  <p className="flex flex-wrap gap-2 text-sm">
                    {step.isFirstStep ? (
                      <span className="rounded-ik bg-primary px-2 py-0.5 font-semibold text-on-primary">
                        {t("firstStep")}
                      </span>
                    ) : null}
                    <span className={`rounded-ik px-2 py-0.5 font-semibold ${STATUS_STYLE[step.status]}`}>
                      {t(`status.${step.status}`)}
                    </span>
                    {showRoute && isRouteKey(step.route) ? (
                      <span className="text-muted">{localise(getRoute(step.route).name, locale)}</span>
                    ) : null}
                  </p>
                  <h3 className="mt-2 text-lg">{title}</h3>
                  {content ? <p>{localise(content.explanation, locale)}</p> : null}
                  <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                    <div>
                      <dt className="inline font-semibold">{t("owner")}: </dt>
                      <dd className="inline">{step.ownerName ?? t("noOwner")}</dd>
                    </div>
                    <div>
                      <dt className="inline font-semibold">{t("dueDate")}: </dt>
                      <dd className="inline">
                        {step.dueDate ? <FormattedDay value={step.dueDate} /> : t("noDueDate")}
                        {overdue ? <strong className="ml-2 text-danger">{t("overdue")}</strong> : null}
                      </dd>
                    </div>
                  </dl>
                  {step.notes ? (
                    <p className="mt-2 whitespace-pre-line border-l-4 border-line pl-3">{step.notes}</p>
                  ) : null}
                  <div className="mt-2">
                    <WorkAreaPointer area={content?.workArea ?? null} role={role} />
                  </div>
                  {savedStepId === step.id ? (
                    <p role="status" className="mt-2 font-semibold text-success">
                      {t("stepSaved")}
                    </p>
                  ) : null}
                </div>
                {mayUpdate ? (
                  <div className="flex flex-wrap items-center gap-3">
                    <RoadmapStatusButton step={step} title={title} />
                    <Link href={`/routes/roadmap/${step.id}`}>
                      {t("editStep")}
                      <span className="sr-only">: {title}</span>
                    </Link>
                  </div>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
