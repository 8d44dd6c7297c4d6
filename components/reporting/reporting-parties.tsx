import { getTranslations } from "next-intl/server";
import { endAssignmentAction } from "@/app/(app)/programmes/[programmeId]/reporting/actions";
import { ActionButton } from "@/components/ui/action-button";
import Link from "@/components/ui/link";
import type { reportingParties } from "@/db/queries/reporting-status";

type Parties = Awaited<ReturnType<typeof reportingParties>>;

/**
 * Per partner organisation of the programme, the indicators it reports on now. The manager ends one behind a second
 * step that says what that means, so a slip of the finger ends nothing.
 */
export async function ReportingParties({ programmeId, parties }: { programmeId: number; parties: Parties }) {
  const t = await getTranslations("reportingManage");
  return (
    <section aria-labelledby="reporting-parties" className="mb-10">
      <h3 id="reporting-parties" className="text-xl">
        {t("partnersTitle")}
      </h3>
      <p className="mt-1 mb-4 max-w-3xl">{t("partnersIntro")}</p>
      {parties.partners.length === 0 ? (
        <p className="max-w-3xl rounded-ik bg-info-surface p-4">
          {t("noPartners")}{" "}
          {parties.mayManage ? <Link href={`/programmes/${programmeId}/edit`}>{t("editProgramme")}</Link> : null}
        </p>
      ) : (
        <ul className="grid max-w-4xl gap-4 md:grid-cols-2">
          {parties.partners.map((partner) => (
            <li key={partner.id} className="rounded-ik border border-line p-4">
              <h4 className="text-lg">{partner.name}</h4>
              {partner.assignments.length === 0 ? (
                <p className="mt-1 text-muted">{t("noAssignments")}</p>
              ) : (
                <ul aria-label={t("indicatorsOf", { partner: partner.name })} className="mt-2 flex flex-col gap-2">
                  {partner.assignments.map((assignment) => (
                    <li key={assignment.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
                      <span className="min-w-0 break-words">
                        {assignment.indicatorName}
                        {assignment.archived ? <span className="text-muted"> {t("archivedIndicator")}</span> : null}
                      </span>
                      {parties.mayManage ? (
                        <details className="max-w-full">
                          <summary className="flex min-h-11 cursor-pointer items-center font-semibold text-link">
                            <span aria-hidden="true">{t("end")}</span>
                            <span className="sr-only">{t("endLabel", { indicator: assignment.indicatorName })}</span>
                          </summary>
                          <div className="mt-2 flex flex-col gap-2 rounded-ik bg-warning-surface p-3">
                            <p>{t("endConfirm", { partner: partner.name, indicator: assignment.indicatorName })}</p>
                            <ActionButton
                              action={endAssignmentAction.bind(null, programmeId, assignment.id)}
                              label={t("endYes")}
                              pendingLabel={t("ending")}
                              variant="danger"
                            />
                          </div>
                        </details>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
