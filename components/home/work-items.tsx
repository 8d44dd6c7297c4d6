// One piece of work in "Mijn werk", per kind: what it is (a link to where it is done), where it belongs, when it is
// due, and whether it is late, in words as well as in colour.

import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import {
  type CompletedFrom,
  completeOwnActionItemAction,
  completeOwnCoachingActionAction,
} from "@/app/(app)/my-work/actions";
import { ActionButton } from "@/components/ui/action-button";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import type { MyWorkItem, MyWorkSection } from "@/db/queries/my-work";
import type { DueState } from "@/lib/domain/my-work";
import { stepByKey } from "@/lib/domain/roadmap";
import { localise } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";
import { type PeriodName, periodNamer } from "./period-name";

type T = Awaited<ReturnType<typeof getTranslations<"myWork">>>;

function Item({
  title,
  href,
  children,
  action,
}: {
  title: string;
  href: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <li className="flex flex-col gap-2 rounded-ik border border-line p-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <Link href={href} className="font-semibold break-words">
          {title}
        </Link>
        <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">{children}</p>
      </div>
      {action ? <div className="shrink-0">{action}</div> : null}
    </li>
  );
}

function Due({ t, dueDate, state, label }: { t: T; dueDate: string | null; state: DueState; label?: string }) {
  return (
    <>
      <span>
        {dueDate ? (
          <>
            {label ?? t("dueBy")}: <FormattedDay value={dueDate} />
          </>
        ) : (
          t("noDueDate")
        )}
      </span>
      {state === "overdue" ? <strong className="text-danger">{t("overdue")}</strong> : null}
    </>
  );
}

function Programme({ t, name }: { t: T; name: string | null }) {
  return (
    <span>
      {t("programme")}: {name ?? t("wholeGemeente")}
    </span>
  );
}

function ActionItem({ t, item, from }: { t: T; item: MyWorkItem<"actionItems">; from: CompletedFrom }) {
  return (
    <Item
      title={item.description}
      href={item.href}
      action={
        <ActionButton
          action={completeOwnActionItemAction.bind(null, item.id, from)}
          label={
            <>
              <span aria-hidden="true">{t("markDone")}</span>
              <span className="sr-only">{t("markDoneItem", { description: item.description })}</span>
            </>
          }
          pendingLabel={t("busy")}
        />
      }
    >
      <Programme t={t} name={item.programmeName} />
      <span>
        {t("session")}: {item.sessionTitle}
      </span>
      <Due t={t} dueDate={item.dueDate} state={item.state} />
    </Item>
  );
}

function CoachingAction({ t, item, from }: { t: T; item: MyWorkItem<"coachingActions">; from: CompletedFrom }) {
  return (
    <Item
      title={item.description}
      href={item.href}
      action={
        <ActionButton
          action={completeOwnCoachingActionAction.bind(null, item.id, from)}
          label={
            <>
              <span aria-hidden="true">{t("markDone")}</span>
              <span className="sr-only">{t("markDoneItem", { description: item.description })}</span>
            </>
          }
          pendingLabel={t("busy")}
        />
      }
    >
      <Programme t={t} name={item.programmeName} />
      <span>
        {t("track")}: {item.trackTitle}
      </span>
      <Due t={t} dueDate={item.dueDate} state={item.state} />
    </Item>
  );
}

function ReportDue({ t, item, name }: { t: T; item: MyWorkItem<"reportsDue">; name: PeriodName }) {
  return (
    <Item title={t("reportTitle", { period: name(item) })} href={item.href}>
      <Programme t={t} name={item.programmeName} />
      <Due t={t} dueDate={item.dueOn} state={item.state === "overdue" ? "overdue" : "due"} />
      {item.sentBack ? <strong>{t("sentBack")}</strong> : null}
      {item.state === "due" ? <strong>{t("dueSoon")}</strong> : null}
    </Item>
  );
}

function ReportToReview({ t, item, name }: { t: T; item: MyWorkItem<"reportsToReview">; name: PeriodName }) {
  return (
    <Item title={t("reviewTitle", { partner: item.partnerName, period: name(item) })} href={item.href}>
      <Programme t={t} name={item.programmeName} />
      <span>
        {t("submittedOn")}: <FormattedDay value={item.submittedOn} />
      </span>
      <strong>{t("waitingReview", { days: item.daysWaiting })}</strong>
    </Item>
  );
}

async function Items({ section, from }: { section: MyWorkSection; from: CompletedFrom }) {
  const [t, statuses, questionStatuses, locale, name] = await Promise.all([
    getTranslations("myWork"),
    getTranslations("routes.status"),
    getTranslations("learningQuestions.statuses"),
    getLocale().then(shortLocale),
    periodNamer(),
  ]);
  switch (section.kind) {
    case "reportsDue":
      return section.items.map((item) => <ReportDue key={item.id} t={t} item={item} name={name} />);
    case "reportsToReview":
      return section.items.map((item) => <ReportToReview key={item.id} t={t} item={item} name={name} />);
    case "actionItems":
      return section.items.map((item) => <ActionItem key={item.id} t={t} item={item} from={from} />);
    case "coachingActions":
      return section.items.map((item) => <CoachingAction key={item.id} t={t} item={item} from={from} />);
    case "sessionRankings":
      return section.items.map((item) => (
        <Item key={item.id} title={item.title} href={item.href}>
          <span>
            {t("heldOn")}: <FormattedDay value={item.heldOn} />
          </span>
          {item.state === "overdue" ? <strong>{t("rankingStillOpen")}</strong> : null}
        </Item>
      ));
    case "measurements":
      return section.items.map((item) => (
        <Item key={item.id} title={item.indicatorName} href={item.href}>
          <Programme t={t} name={item.programmeName} />
          <Due t={t} dueDate={item.dueOn} state={item.state} label={t("measurementDue")} />
          {item.state === "due" ? <strong>{t("dueSoon")}</strong> : null}
        </Item>
      ));
    case "corrections":
      return section.items.map((item) => (
        <Item key={item.id} title={item.title} href={item.href}>
          <Programme t={t} name={item.programmeName} />
          <span>
            {t("proposedBy", { name: item.proposedByName })} <FormattedDay value={item.proposedOn} />
          </span>
          <strong>{t("waiting", { days: item.daysWaiting })}</strong>
        </Item>
      ));
    case "learningQuestions":
      return section.items.map((item) => (
        <Item key={item.id} title={item.question} href={item.href}>
          <Programme t={t} name={item.programmeName} />
          <span>
            {t("status")}: {questionStatuses(item.status)}
          </span>
          <Due t={t} dueDate={item.dueDate} state={item.state} />
        </Item>
      ));
    case "roadmapSteps":
      return section.items.map((item) => {
        const step = stepByKey(item.stepKey);
        return (
          <Item key={item.id} title={step ? localise(step.title, locale) : item.stepKey} href={item.href}>
            <span>
              {t("status")}: {statuses(item.status)}
            </span>
            <Due t={t} dueDate={item.dueDate} state={item.state} />
          </Item>
        );
      });
    case "sessions":
      return section.items.map((item) => (
        <Item key={item.id} title={item.title} href={item.href}>
          <Programme t={t} name={item.programmeName} />
          <span>
            {t("heldOn")}: <FormattedDay value={item.heldOn} />
          </span>
        </Item>
      ));
  }
}

/** The items of one kind of work as a list. */
export function WorkList({ section, from }: { section: MyWorkSection; from: CompletedFrom }) {
  return (
    <ul className="flex flex-col gap-2">
      <Items section={section} from={from} />
    </ul>
  );
}
