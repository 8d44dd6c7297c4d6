// What was on the table when the session was prepared, in the order the session goes through it. Action items show
// how they stand now, with "klaar" and "doorschuiven" for those still open.

import { getTranslations } from "next-intl/server";
import {
  carryOverActionItemAction,
  completeActionItemAction,
} from "@/app/(app)/programmes/[programmeId]/reflections/actions";
import { AssumptionStatusBadge, CriticalityBadge, IndicatorStatusBadge } from "@/components/programmes/badges";
import { ActionButton } from "@/components/ui/action-button";
import { FormattedDate, FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import type { ActionItemStatus } from "@/lib/domain/constants";
import type { Agenda, AgendaAction } from "@/lib/domain/reflection";
import { ActionItemMeta } from "./action-item-meta";

export type AgendaState = {
  status: ActionItemStatus;
  completedAt: Date | null;
  carriedTo: { sessionId: number; sessionTitle: string } | null;
};

function Part({ id, title, intro, children }: { id: string; title: string; intro: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-t border-line pt-4">
      <h4 id={id} className="text-lg">
        {title}
      </h4>
      <p className="mt-1 text-sm text-muted">{intro}</p>
      <div className="mt-3">{children}</div>
    </section>
  );
}

async function OpenAction({
  programmeId,
  sessionId,
  action,
  state,
  mayContribute,
  today,
}: {
  programmeId: number;
  sessionId: number;
  action: AgendaAction;
  state: AgendaState | undefined;
  mayContribute: boolean;
  today: string;
}) {
  const t = await getTranslations("reflections");
  const base = `/programmes/${programmeId}/reflections`;
  const open = state?.status === "open";
  return (
    <li id={`actie-${action.id}`} className="flex flex-col gap-2 rounded-ik border border-line p-3">
      <p className="font-semibold">{action.description}</p>
      <ActionItemMeta
        ownerName={action.ownerName}
        dueDate={action.dueDate}
        overdue={open && action.dueDate !== null && action.dueDate < today}
      >
        {t("fromSession")} <Link href={`${base}/${action.sessionId}`}>{action.sessionTitle}</Link> (
        <FormattedDay value={action.heldOn} />)
      </ActionItemMeta>
      {!state ? null : open ? (
        mayContribute ? (
          <div className="flex flex-wrap gap-2">
            <ActionButton
              action={completeActionItemAction.bind(null, programmeId, sessionId, action.id)}
              label={
                <>
                  {t("markDone")}
                  <span className="sr-only">: {action.description}</span>
                </>
              }
              pendingLabel={t("busy")}
            />
            <ActionButton
              action={carryOverActionItemAction.bind(null, programmeId, sessionId, action.id)}
              label={
                <>
                  {t("carryOver")}
                  <span className="sr-only">: {action.description}</span>
                </>
              }
              pendingLabel={t("busy")}
            />
          </div>
        ) : (
          <p className="text-sm">{t("statusOpen")}</p>
        )
      ) : state.status === "klaar" ? (
        <p className="text-sm font-semibold text-success">
          {t("statusDone")}
          {state.completedAt ? (
            <>
              {" "}
              <FormattedDate value={state.completedAt} format="date" />
            </>
          ) : null}
        </p>
      ) : state.carriedTo?.sessionId === sessionId ? (
        <p className="text-sm font-semibold">{t("carriedHere")}</p>
      ) : (
        <p className="text-sm font-semibold">
          {t("carriedTo")}{" "}
          {state.carriedTo ? (
            <Link href={`${base}/${state.carriedTo.sessionId}`}>{state.carriedTo.sessionTitle}</Link>
          ) : null}
        </p>
      )}
    </li>
  );
}

export async function SessionAgenda({
  programmeId,
  sessionId,
  agenda,
  states,
  mayContribute,
  today,
}: {
  programmeId: number;
  sessionId: number;
  agenda: Agenda;
  states: Record<number, AgendaState>;
  mayContribute: boolean;
  today: string;
}) {
  const t = await getTranslations("reflections");
  const base = `/programmes/${programmeId}`;
  return (
    <section aria-labelledby="agenda-title" className="mt-8 max-w-4xl">
      <h3 id="agenda-title" className="text-xl">
        {t("agendaTitle")}
      </h3>
      <p className="mt-1 mb-4">
        {agenda.preparedOn ? t.rich("agendaIntro", { date: () => <FormattedDay value={agenda.preparedOn} /> }) : null}
      </p>
      <div className="flex flex-col gap-6">
        <Part id="agenda-acties" title={t("agendaActions")} intro={t("agendaActionsIntro")}>
          {agenda.openActions.length === 0 ? (
            <p>{t("agendaActionsEmpty")}</p>
          ) : (
            <ol className="flex flex-col gap-3">
              {agenda.openActions.map((action) => (
                <OpenAction
                  key={action.id}
                  programmeId={programmeId}
                  sessionId={sessionId}
                  action={action}
                  state={states[action.id]}
                  mayContribute={mayContribute}
                  today={today}
                />
              ))}
            </ol>
          )}
        </Part>
        {agenda.coachingActions?.length ? (
          <Part id="agenda-coaching" title={t("agendaCoaching")} intro={t("agendaCoachingIntro")}>
            <ul className="flex flex-col gap-2">
              {agenda.coachingActions.map((action) => (
                <li key={action.id} className="rounded-ik border border-line p-3">
                  <p className="font-semibold break-words">{action.description}</p>
                  <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
                    <span>{t("agendaCoachingOwner", { name: action.ownerName })}</span>
                    <span>
                      {t("agendaCoachingAgreed")} <FormattedDay value={action.heldOn} />
                    </span>
                    {action.dueDate ? (
                      <span>
                        {t("agendaCoachingDue")} <FormattedDay value={action.dueDate} />
                      </span>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          </Part>
        ) : null}
        <Part id="agenda-aannames" title={t("agendaAssumptions")} intro={t("agendaAssumptionsIntro")}>
          {agenda.assumptions.length === 0 ? (
            <p>{t("agendaAssumptionsEmpty")}</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {agenda.assumptions.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`${base}/assumptions/${a.id}`}>{a.statement}</Link>
                  <CriticalityBadge criticality={a.criticality} />
                  <AssumptionStatusBadge status={a.status} />
                </li>
              ))}
            </ul>
          )}
        </Part>
        <Part id="agenda-indicatoren" title={t("agendaIndicators")} intro={t("agendaIndicatorsIntro")}>
          {agenda.indicators.length === 0 ? (
            <p>{t("agendaIndicatorsEmpty")}</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {agenda.indicators.map((i) => (
                <li key={i.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`${base}/indicators/${i.id}`}>{i.name}</Link>
                  <IndicatorStatusBadge status={i.status} />
                  {i.latestValue !== null ? (
                    <span className="text-sm text-muted">
                      {t("latestValue", { value: i.latestValue, unit: i.unit })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Part>
        <Part id="agenda-leervragen" title={t("agendaQuestions")} intro={t("agendaQuestionsIntro")}>
          {agenda.learningQuestions.length === 0 ? (
            <p>{t("agendaQuestionsEmpty")}</p>
          ) : (
            <ul className="flex list-disc flex-col gap-2 pl-6">
              {agenda.learningQuestions.map((q) => (
                <li key={q.id}>
                  <Link href={`/learning-questions/${q.id}`}>{q.question}</Link>
                </li>
              ))}
            </ul>
          )}
        </Part>
      </div>
    </section>
  );
}
