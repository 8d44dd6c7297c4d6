// Demo partner reporting. Stichting Buurtkracht reports every month on the pilot's home visits and buddy pairs: two
// months approved (their figures are the pilot's measurements of those months, its finding and lesson are in the
// evidence trail and the library with their source), one month sent back with comments, last month waiting for
// review. A second partner, Taalhuis Voorbeeld, reports on the Taalcafé, which has not started: its first period is
// open. Months are calendar months relative to the day the demo is loaded; the pilot's own measurements stay as they
// are, so its indicators keep their status (the buddy pairs off course).
import { and, asc, desc, eq, gte, isNull, lte } from "drizzle-orm";
import { addDays, addMonths } from "../lib/domain/measurement-schedule";
import type { SubmissionStatus } from "../lib/domain/submissions";
import { recordAudit } from "./audit";
import type { AppDatabase } from "./client";
import {
  assumptions,
  findingLinks,
  findings,
  indicators,
  lessons,
  lessonTags,
  measurements,
  partnerOrganisations,
  programmePartners,
  programmes,
  reportingAssignments,
  reportingPeriods,
  studies,
  submissionInsights,
  submissions,
  submissionTransitions,
  submissionValues,
} from "./schema";

type Tx = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];
type People = {
  manager: number;
  adviser: number;
  partner: number;
  partnerOrganisation: number;
  secondPartnerOrganisation: number;
};

const HOUR = 60 * 60 * 1000;
/** What a report's period is due after its last day. */
const DUE_AFTER_DAYS = 14;

export const SECOND_PROGRAMME_NAME = "Taalcafé voor nieuwkomers";

const HOME_VISITS = "Afgelegde huisbezoeken (totaal)";
const BUDDIES = "Gevormde maatjeskoppels (totaal)";
const VOLUNTEERS = "Er zijn genoeg vrijwilligers in Oost om maatje te worden.";

type Narrative = { wentWell: string; wentLess: string; learned: string };
type Insight = {
  kind: "finding" | "lesson";
  title: string;
  body: string;
  verdict?: "ondersteunt" | "weerspreekt" | "niet_eenduidig";
  evidence?: string;
  tags?: string[];
  context?: string;
};

export function seedReporting(tx: Tx, organisationId: number, pilotName: string, people: People) {
  const programme = (name: string) =>
    tx
      .select({ id: programmes.id, startDate: programmes.startDate })
      .from(programmes)
      .where(and(eq(programmes.organisationId, organisationId), eq(programmes.name, name)))
      .get();
  const pilot = programme(pilotName);
  if (
    !pilot ||
    tx
      .select({ id: reportingAssignments.id })
      .from(reportingAssignments)
      .where(eq(reportingAssignments.organisationId, organisationId))
      .get()
  ) {
    return;
  }
  const now = Date.now();
  const today = new Date(now).toISOString().slice(0, 10);
  /** A moment on a day, at an hour (UTC), never later than an hour ago: the demo has no future events. */
  const moment = (day: string, hour: number) =>
    new Date(Math.min(Date.parse(`${day}T00:00:00Z`) + hour * HOUR, now - HOUR));
  const audit = (
    programmeId: number,
    actorId: number,
    action: string,
    entityType: string,
    entityId: number,
    summary: string,
  ) => recordAudit(tx, { organisationId, actorId, programmeId, action, entityType, entityId, summary });
  const partnerName = (id: number) =>
    tx
      .select({ name: partnerOrganisations.name })
      .from(partnerOrganisations)
      .where(eq(partnerOrganisations.id, id))
      .get()?.name ?? "";
  const buurtkracht = partnerName(people.partnerOrganisation);

  // Calendar months: `back` months before this one, as its first and last day.
  const firstOfThisMonth = `${today.slice(0, 8)}01`;
  const month = (back: number) => {
    const startsOn = addMonths(firstOfThisMonth, -back) ?? firstOfThisMonth;
    const endsOn = addDays(addMonths(startsOn, 1) ?? startsOn, -1) ?? startsOn;
    return { startsOn, endsOn, dueOn: addDays(endsOn, DUE_AFTER_DAYS) ?? endsOn };
  };

  const indicatorId = (name: string) =>
    tx
      .select({ id: indicators.id })
      .from(indicators)
      .where(and(eq(indicators.programmeId, pilot.id), eq(indicators.name, name)))
      .get()?.id ?? 0;
  const reported = [indicatorId(HOME_VISITS), indicatorId(BUDDIES)].filter((id) => id > 0);

  // The manager set up the reporting a little before the first month it covers: monthly, for six months.
  const setUpOn = addDays(month(4).startsOn, -6) ?? month(4).startsOn;
  for (const id of reported) {
    tx.insert(reportingAssignments)
      .values({
        organisationId,
        programmeId: pilot.id,
        indicatorId: id,
        partnerOrganisationId: people.partnerOrganisation,
        createdById: people.manager,
        createdAt: moment(setUpOn, 10),
      })
      .run();
    audit(
      pilot.id,
      people.manager,
      "reporting.indicators_assigned",
      "partner_organisation",
      people.partnerOrganisation,
      buurtkracht,
    );
  }
  const periodIds = new Map<number, number>();
  for (const back of [4, 3, 2, 1, 0, -1]) {
    const span = month(back);
    const id = tx
      .insert(reportingPeriods)
      .values({
        organisationId,
        programmeId: pilot.id,
        partnerOrganisationId: people.partnerOrganisation,
        ...span,
        createdById: people.manager,
        createdAt: moment(setUpOn, 10),
      })
      .returning({ id: reportingPeriods.id })
      .get().id;
    periodIds.set(back, id);
  }
  audit(
    pilot.id,
    people.manager,
    "reporting.periods_created",
    "partner_organisation",
    people.partnerOrganisation,
    `${buurtkracht}: 6 × maand`,
  );

  /** The latest live measurement of an indicator on or before a day, and whether that day itself has one. */
  const latestUpTo = (indicator: number, day: string, from?: string) =>
    tx
      .select({ id: measurements.id, measuredOn: measurements.measuredOn, value: measurements.value })
      .from(measurements)
      .where(
        and(
          eq(measurements.indicatorId, indicator),
          isNull(measurements.withdrawnAt),
          lte(measurements.measuredOn, day),
          from ? gte(measurements.measuredOn, from) : undefined,
        ),
      )
      .orderBy(desc(measurements.measuredOn))
      .get();
  /** A day of the period that has no live measurement yet, from its last day back: an approval can then add one. */
  const freeDay = (indicator: number, span: { startsOn: string; endsOn: string }) => {
    for (let day = span.endsOn; day >= span.startsOn; day = addDays(day, -1) ?? span.startsOn) {
      if (latestUpTo(indicator, day)?.measuredOn !== day) return day;
    }
    return span.endsOn;
  };

  let study: number | null = null;
  /** The study that holds what Buurtkracht brought in, made with its first approved finding. */
  const partnerStudy = (at: Date) => {
    if (study) return study;
    const title = `Inbreng van ${buurtkracht}`;
    study = tx
      .insert(studies)
      .values({
        organisationId,
        programmeId: pilot.id,
        round: 1,
        title,
        researchQuestion: `Wat ziet ${buurtkracht} in de uitvoering, en wat zegt dat over onze aannames?`,
        method: "anders",
        startDate: month(4).startsOn,
        status: "lopend",
        ownerId: people.manager,
        summary: `Bevindingen uit de goedgekeurde rapportages van ${buurtkracht}.`,
        evidenceStrength: "beschreven",
        partnerOrganisationId: people.partnerOrganisation,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: studies.id })
      .get().id;
    audit(pilot.id, people.manager, "study.created", "study", study, title);
    return study;
  };
  const volunteers =
    tx
      .select({ id: assumptions.id })
      .from(assumptions)
      .where(and(eq(assumptions.programmeId, pilot.id), eq(assumptions.statement, VOLUNTEERS)))
      .get()?.id ?? null;

  const report = (
    back: number,
    steps: { status: SubmissionStatus; day: number; hour: number; reason?: string }[],
    narrative: Narrative,
    values: {
      indicatorId: number;
      measuredOn: string;
      value: number;
      note?: string;
      reviewComment?: string;
      measurementId?: number;
    }[],
    insights: Insight[] = [],
  ) => {
    const span = month(back);
    const at = (step: { day: number; hour: number }) =>
      moment(addDays(span.endsOn, step.day) ?? span.endsOn, step.hour);
    const submitted = steps.filter((s) => s.status === "ingediend").at(-1);
    const reviewed = steps.filter((s) => s.status === "goedgekeurd" || s.status === "teruggestuurd").at(-1);
    const last = steps.at(-1);
    const status = last?.status ?? "concept";
    const label = `${buurtkracht}: ${span.startsOn.slice(0, 7)}`;
    const id = tx
      .insert(submissions)
      .values({
        organisationId,
        programmeId: pilot.id,
        partnerOrganisationId: people.partnerOrganisation,
        periodId: periodIds.get(back) ?? 0,
        status,
        ...narrative,
        reviewComment: status === "teruggestuurd" ? (reviewed?.reason ?? "") : "",
        submittedAt: submitted ? at(submitted) : null,
        submittedById: submitted ? people.partner : null,
        reviewedAt: reviewed ? at(reviewed) : null,
        reviewedById: reviewed ? people.manager : null,
        version: steps.length + 1,
        createdAt: moment(addDays(span.endsOn, -3) ?? span.endsOn, 9),
        updatedAt: last ? at(last) : moment(span.endsOn, 9),
      })
      .returning({ id: submissions.id })
      .get().id;
    let from: SubmissionStatus = "concept";
    for (const step of steps) {
      const reviewer = step.status === "goedgekeurd" || step.status === "teruggestuurd";
      tx.insert(submissionTransitions)
        .values({
          organisationId,
          submissionId: id,
          fromStatus: from,
          toStatus: step.status,
          reason: step.reason ?? "",
          changedById: reviewer ? people.manager : people.partner,
          changedAt: at(step),
        })
        .run();
      const action =
        step.status === "ingediend"
          ? "submission.submitted"
          : step.status === "goedgekeurd"
            ? "submission.approved"
            : "submission.sent_back";
      audit(pilot.id, reviewer ? people.manager : people.partner, action, "submission", id, label);
      from = step.status;
    }
    for (const value of values) {
      tx.insert(submissionValues)
        .values({
          organisationId,
          submissionId: id,
          indicatorId: value.indicatorId,
          measuredOn: value.measuredOn,
          value: value.value,
          note: value.note ?? "",
          reviewComment: value.reviewComment ?? "",
          measurementId: value.measurementId ?? null,
        })
        .run();
    }
    const approvedAt = status === "goedgekeurd" && reviewed ? at(reviewed) : null;
    for (const insight of insights) {
      let findingId: number | null = null;
      let lessonId: number | null = null;
      if (approvedAt && insight.kind === "finding") {
        findingId = tx
          .insert(findings)
          .values({
            organisationId,
            programmeId: pilot.id,
            studyId: partnerStudy(approvedAt),
            round: 1,
            title: insight.title,
            description: [insight.body, insight.evidence].filter(Boolean).join("\n\n"),
            partnerOrganisationId: people.partnerOrganisation,
            createdById: people.partner,
            createdAt: approvedAt,
            updatedAt: approvedAt,
          })
          .returning({ id: findings.id })
          .get().id;
        if (volunteers && insight.verdict)
          tx.insert(findingLinks)
            .values({ organisationId, findingId, assumptionId: volunteers, verdict: insight.verdict })
            .run();
        audit(pilot.id, people.manager, "finding.created", "finding", findingId, insight.title);
      }
      if (approvedAt && insight.kind === "lesson") {
        lessonId = tx
          .insert(lessons)
          .values({
            organisationId,
            programmeId: pilot.id,
            title: insight.title,
            body: insight.body,
            context: insight.context ?? "",
            partnerOrganisationId: people.partnerOrganisation,
            createdById: people.partner,
            createdAt: approvedAt,
            updatedAt: approvedAt,
          })
          .returning({ id: lessons.id })
          .get().id;
        for (const tag of insight.tags ?? []) tx.insert(lessonTags).values({ organisationId, lessonId, tag }).run();
        audit(pilot.id, people.manager, "lesson.created", "lesson", lessonId, insight.title);
      }
      tx.insert(submissionInsights)
        .values({
          organisationId,
          submissionId: id,
          kind: insight.kind,
          title: insight.title,
          body: insight.body,
          assumptionId: insight.kind === "finding" ? volunteers : null,
          verdict: insight.verdict ?? null,
          evidence: insight.evidence ?? "",
          findingId,
          lessonId,
          createdAt: moment(addDays(span.endsOn, -1) ?? span.endsOn, 11),
        })
        .run();
    }
  };

  // Approved months: the month's own measurement of each indicator is the value Buurtkracht reported. It now counts
  // as theirs; the rare month without one (a short February) gets one on a free day with the count carried on.
  const approvedValues = (back: number) =>
    reported.map((indicator) => {
      const span = month(back);
      const existing = latestUpTo(indicator, span.endsOn, span.startsOn);
      const measuredOn = existing?.measuredOn ?? freeDay(indicator, span);
      const value = existing?.value ?? latestUpTo(indicator, span.endsOn)?.value ?? 0;
      const measurementId =
        existing?.id ??
        tx
          .insert(measurements)
          .values({ organisationId, indicatorId: indicator, measuredOn, value, enteredById: people.partner })
          .returning({ id: measurements.id })
          .get().id;
      tx.update(measurements)
        .set({ partnerOrganisationId: people.partnerOrganisation, enteredById: people.partner })
        .where(eq(measurements.id, measurementId))
        .run();
      return { indicatorId: indicator, measuredOn, value, measurementId };
    });
  const approve = [
    { status: "ingediend" as const, day: 5, hour: 10 },
    { status: "goedgekeurd" as const, day: 9, hour: 14 },
  ];
  report(
    4,
    approve,
    {
      wentWell: "De buurtcoaches kennen de straten nu goed; ouderen herkennen hen.",
      wentLess: "Het maatjesproject komt langzaam op gang: weinig aanmeldingen van vrijwilligers.",
      learned: "Vrijwilligers die snel een maatje krijgen, blijven. Wie lang moet wachten, haakt af.",
    },
    approvedValues(4),
    [
      {
        kind: "lesson",
        title: "Vrijwilligers blijven als ze snel een maatje krijgen",
        body: "Vrijwilligers die binnen twee weken aan een oudere gekoppeld worden, blijven. Wie langer moet wachten, haakt vaak af.",
        context: "Maatjesproject in Oost, ervaring van de coördinator van Stichting Buurtkracht.",
        tags: ["vrijwilligers", "maatjes"],
      },
    ],
  );
  report(
    3,
    approve,
    {
      wentWell: "Bijna elke week nieuwe huisbezoeken; de kaartjes vooraf helpen.",
      wentLess: "Twee vrijwilligers stopten voordat ze gekoppeld waren.",
      learned: "Werving via de wijkkrant alleen levert te weinig vrijwilligers op.",
    },
    approvedValues(3),
    [
      {
        kind: "finding",
        title: "De wijkkrant levert te weinig vrijwilligers op",
        body: "In drie maanden meldden zich via de wijkkrant vier vrijwilligers; twee haakten af voordat ze een maatje hadden.",
        verdict: "weerspreekt",
        evidence: "Aanmeldregistratie van het maatjesproject.",
      },
    ],
  );

  // Sent back: one value has a zero too many. Last month: handed in, waiting for the manager.
  const pending = (back: number, indicator: number, change: (value: number) => number) => {
    const measuredOn = freeDay(indicator, month(back));
    return { indicatorId: indicator, measuredOn, value: change(latestUpTo(indicator, measuredOn)?.value ?? 0) };
  };
  const [visits, buddies] = reported;
  const sentBackValues =
    visits && buddies
      ? [
          {
            ...pending(2, visits, (value) => value * 10),
            reviewComment: "Dit aantal is tien keer zo hoog als vorige maand. Staat er een nul te veel?",
          },
          pending(2, buddies, (value) => value),
        ]
      : [];
  report(
    2,
    [
      { status: "ingediend", day: 6, hour: 11 },
      {
        status: "teruggestuurd",
        day: 10,
        hour: 15,
        reason:
          "Dank voor de rapportage. Wilt u het aantal huisbezoeken nakijken? En vertel bij wat minder goed ging hoe het met de werving van maatjes gaat.",
      },
    ],
    {
      wentWell: "Sinds de buurtcoaches vooraf bellen, doet bijna iedereen open.",
      wentLess: "",
      learned: "Een belafspraak kost tijd, maar levert betere gesprekken op.",
    },
    sentBackValues,
  );
  report(
    1,
    [{ status: "ingediend", day: 2, hour: 9 }],
    {
      wentWell:
        "De werving via de kerken en de vrijwilligerscentrale is begonnen; het eerste nieuwe koppel is gevormd.",
      wentLess: "Nog steeds wachten ouderen op een maatje.",
      learned: "Vrijwilligers uit de kerken willen vooral iets doen voor iemand uit hun eigen straat.",
    },
    visits && buddies ? [pending(1, visits, (value) => value + 3), pending(1, buddies, (value) => value)] : [],
    [
      {
        kind: "finding",
        title: "Via de kerken melden zich meer vrijwilligers",
        body: "In de eerste maand van de nieuwe werving meldden zich vijf vrijwilligers, van wie drie via de kerken.",
        verdict: "niet_eenduidig",
        evidence: "Aanmeldingen bij de vrijwilligerscentrale en de drie kerken in Oost.",
      },
    ],
  );

  seedSecondPartner(tx, organisationId, people, {
    audit,
    moment,
    partner: partnerName(people.secondPartnerOrganisation),
  });
}

/** Taalhuis Voorbeeld takes part in the Taalcafé and will report on its visitors, per quarter from its start. */
function seedSecondPartner(
  tx: Tx,
  organisationId: number,
  people: People,
  {
    audit,
    moment,
    partner,
  }: {
    audit: (programmeId: number, actorId: number, action: string, type: string, id: number, summary: string) => void;
    moment: (day: string, hour: number) => Date;
    partner: string;
  },
) {
  const taalcafe = tx
    .select({ id: programmes.id, startDate: programmes.startDate })
    .from(programmes)
    .where(and(eq(programmes.organisationId, organisationId), eq(programmes.name, SECOND_PROGRAMME_NAME)))
    .get();
  if (!taalcafe?.startDate) return;
  const startDate = taalcafe.startDate;
  const setUpOn = addDays(new Date(Date.now()).toISOString().slice(0, 10), -3) ?? startDate;
  if (
    !tx
      .select({ id: programmePartners.id })
      .from(programmePartners)
      .where(
        and(
          eq(programmePartners.programmeId, taalcafe.id),
          eq(programmePartners.partnerOrganisationId, people.secondPartnerOrganisation),
        ),
      )
      .get()
  ) {
    tx.insert(programmePartners)
      .values({ organisationId, programmeId: taalcafe.id, partnerOrganisationId: people.secondPartnerOrganisation })
      .run();
  }
  const indicator =
    tx
      .select({ id: indicators.id })
      .from(indicators)
      .where(eq(indicators.programmeId, taalcafe.id))
      .orderBy(asc(indicators.id))
      .get()?.id ??
    tx
      .insert(indicators)
      .values({
        organisationId,
        programmeId: taalcafe.id,
        name: "Nieuwkomers die het taalcafé bezochten (per kwartaal)",
        unit: "nieuwkomers",
        kind: "aantal",
        direction: "hoger",
        baselineValue: 0,
        baselineDate: startDate,
        targetValue: 60,
        targetDate: addMonths(startDate, 12),
        source: "Presentielijst van het Taalhuis",
        frequency: "per_kwartaal",
        contribution: "direct",
        createdAt: moment(setUpOn, 9),
        updatedAt: moment(setUpOn, 9),
      })
      .returning({ id: indicators.id })
      .get().id;
  tx.insert(reportingAssignments)
    .values({
      organisationId,
      programmeId: taalcafe.id,
      indicatorId: indicator,
      partnerOrganisationId: people.secondPartnerOrganisation,
      createdById: people.adviser,
      createdAt: moment(setUpOn, 11),
    })
    .run();
  audit(
    taalcafe.id,
    people.adviser,
    "reporting.indicators_assigned",
    "partner_organisation",
    people.secondPartnerOrganisation,
    partner,
  );
  const endsOn = addDays(addMonths(startDate, 3) ?? startDate, -1) ?? startDate;
  tx.insert(reportingPeriods)
    .values({
      organisationId,
      programmeId: taalcafe.id,
      partnerOrganisationId: people.secondPartnerOrganisation,
      startsOn: startDate,
      endsOn,
      dueOn: addDays(endsOn, DUE_AFTER_DAYS) ?? endsOn,
      createdById: people.adviser,
      createdAt: moment(setUpOn, 11),
    })
    .run();
  audit(
    taalcafe.id,
    people.adviser,
    "reporting.periods_created",
    "partner_organisation",
    people.secondPartnerOrganisation,
    `${partner}: 1 × kwartaal`,
  );
}
