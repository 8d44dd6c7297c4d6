// The partner-reporting writes of the access matrix (access-matrix.test.ts). addReportingFixtures adds, once, a
// second partner organisation in the pilot and the Taalcafé, and reports of Stichting Buurtkracht in the pilot: a
// concept (with a value, an insight and a document), one handed in and one approved; an empty period; a concept of
// the second partner in the pilot and a report of it handed in for the Taalcafé.
import { todayInAmsterdam } from "@/lib/domain/time";
import {
  customPeriodSchema,
  findingInsightSchema,
  lessonInsightSchema,
  narrativeSchema,
  periodSeriesSchema,
  reopenSchema,
  sendBackSchema,
  submissionStepSchema,
  submissionValueSchema,
} from "@/lib/validation/reporting";
import type { AppDatabase } from "../client";
import * as schema from "../schema";
import { PILOT_NAME } from "../seed-programmes";
import type { WriteCase } from "./access-matrix.cases";
import * as reportingPeriods from "./reporting-periods";
import * as reportingSetup from "./reporting-setup";
import * as submissionApproval from "./submission-approval";
import * as submissionDocuments from "./submission-documents";
import * as submissionInsights from "./submission-insights";
import * as submissionReopen from "./submission-reopen";
import * as submissionSteps from "./submission-steps";
import * as submissionValues from "./submission-values";

const MARK = "Toegangsmatrix";
const TAALCAFE = "Taalcafé voor nieuwkomers";
const HOME_VISITS = "Afgelegde huisbezoeken (totaal)";
const TAALCAFE_INDICATOR = `${MARK}: bezoekers Taalcafé`;
export const SECOND_PARTNER = `${MARK}: Welzijn West`;
const PDF = new TextEncoder().encode("%PDF-1.7\n% verslag\n");

type Param = string | number | null;
const value = (db: AppDatabase, sql: string, ...params: Param[]): unknown =>
  db.$client
    .prepare(sql)
    .pluck()
    .get(...params);
function idOf(db: AppDatabase, sql: string, ...params: Param[]): number {
  const found = value(db, sql, ...params);
  if (typeof found !== "number") throw new Error(`Not in the fixtures: ${sql} [${params.join(", ")}]`);
  return found;
}
const exists = (db: AppDatabase, sql: string, ...params: Param[]) => value(db, sql, ...params) !== undefined;

const day = (offset: number) => {
  const date = new Date(`${todayInAmsterdam()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
};

/** The spans of the fixtures' periods, in days from today. */
const SPANS = {
  concept: [-59, 0],
  submitted: [-119, -60],
  approved: [-179, -120],
  empty: [1, 60],
} as const;

/** The latest day of the span on which the indicator has no live measurement. */
function freeDayIn(db: AppDatabase, indicatorId: number, [from, to]: readonly [number, number], skip = 0) {
  let skipped = 0;
  for (let offset = to; offset >= from; offset--) {
    const candidate = day(offset);
    const taken = exists(
      db,
      "select 1 from measurements where indicator_id = ? and measured_on = ? and withdrawn_at is null",
      indicatorId,
      candidate,
    );
    if (!taken && skipped++ === skip) return candidate;
  }
  throw new Error("no free day in the span");
}

const ids = (db: AppDatabase) => ({
  voorbeeld: idOf(db, "select id from organisations where slug = 'voorbeeld'"),
  pilot: idOf(db, "select id from programmes where name = ?", PILOT_NAME),
  taalcafe: idOf(db, "select id from programmes where name = ?", TAALCAFE),
  homeVisits: idOf(db, "select id from indicators where name = ?", HOME_VISITS),
  taalcafeIndicator: idOf(db, "select id from indicators where name = ?", TAALCAFE_INDICATOR),
  buurtkracht: idOf(db, "select id from partner_organisations where name = 'Stichting Buurtkracht'"),
  second: idOf(db, "select id from partner_organisations where name = ?", SECOND_PARTNER),
  manager: idOf(db, "select id from users where email = 'manager@voorbeeld.example'"),
  partner: idOf(db, "select id from users where email = 'partner@voorbeeld.example'"),
});

export function addReportingFixtures(db: AppDatabase) {
  const voorbeeld = idOf(db, "select id from organisations where slug = 'voorbeeld'");
  db.insert(schema.partnerOrganisations).values({ organisationId: voorbeeld, name: SECOND_PARTNER }).run();
  const at = ids(db);
  const base = { organisationId: at.voorbeeld };
  for (const programmeId of [at.pilot, at.taalcafe]) {
    db.insert(schema.programmePartners)
      .values({ ...base, programmeId, partnerOrganisationId: at.second })
      .run();
  }
  // The demo data may already have Buurtkracht report on the home visits.
  for (const partnerOrganisationId of [at.buurtkracht, at.second]) {
    db.insert(schema.reportingAssignments)
      .values({
        ...base,
        programmeId: at.pilot,
        indicatorId: at.homeVisits,
        partnerOrganisationId,
        createdById: at.manager,
      })
      .onConflictDoNothing()
      .run();
  }
  const period = (programmeId: number, partnerOrganisationId: number, [from, to]: readonly [number, number]) =>
    db
      .insert(schema.reportingPeriods)
      .values({
        ...base,
        programmeId,
        partnerOrganisationId,
        startsOn: day(from),
        endsOn: day(to),
        dueOn: day(to + 14),
        createdById: at.manager,
      })
      .returning({ id: schema.reportingPeriods.id })
      .get().id;
  const report = (
    programmeId: number,
    partnerOrganisationId: number,
    span: readonly [number, number],
    status: "concept" | "ingediend" | "goedgekeurd",
    indicatorId: number,
  ) => {
    const periodId = period(programmeId, partnerOrganisationId, span);
    const submitted = status === "concept" ? {} : { submittedAt: new Date(), submittedById: at.partner };
    const submission = db
      .insert(schema.submissions)
      .values({ ...base, programmeId, partnerOrganisationId, periodId, status, wentWell: "Het liep.", ...submitted })
      .returning({ id: schema.submissions.id })
      .get().id;
    const measuredOn = freeDayIn(db, indicatorId, span);
    const valueRow = { ...base, submissionId: submission, indicatorId, measuredOn, value: 12, note: "" };
    return { periodId, submission, measuredOn, valueRow };
  };

  const concept = report(at.pilot, at.buurtkracht, SPANS.concept, "concept", at.homeVisits);
  db.insert(schema.submissionValues).values(concept.valueRow).run();
  db.insert(schema.submissionInsights)
    .values({ ...base, submissionId: concept.submission, kind: "lesson", title: "Een les", body: "Vooraf bellen." })
    .run();
  db.insert(schema.submissionDocuments)
    .values({
      ...base,
      submissionId: concept.submission,
      fileName: "Verslag.pdf",
      contentType: "application/pdf",
      size: PDF.byteLength,
      content: Buffer.from(PDF),
      uploadedById: at.partner,
    })
    .run();

  const submitted = report(at.pilot, at.buurtkracht, SPANS.submitted, "ingediend", at.homeVisits);
  db.insert(schema.submissionValues).values(submitted.valueRow).run();
  const assumption = idOf(db, "select id from assumptions where programme_id = ? order by id limit 1", at.pilot);
  db.insert(schema.submissionInsights)
    .values([
      {
        ...base,
        submissionId: submitted.submission,
        kind: "finding",
        title: "Bewoners doen open na een belletje",
        body: "Negen van de tien deden open.",
        assumptionId: assumption,
        verdict: "ondersteunt",
        evidence: "Registratie van de huisbezoeken.",
      },
      { ...base, submissionId: submitted.submission, kind: "lesson", title: "Eerst bellen", body: "Het werkt." },
    ])
    .run();

  const approved = report(at.pilot, at.buurtkracht, SPANS.approved, "goedgekeurd", at.homeVisits);
  const source = { partnerOrganisationId: at.buurtkracht };
  const measurement = db
    .insert(schema.measurements)
    .values({
      ...base,
      ...source,
      indicatorId: at.homeVisits,
      measuredOn: approved.measuredOn,
      value: 12,
      enteredById: at.partner,
    })
    .returning({ id: schema.measurements.id })
    .get().id;
  db.insert(schema.submissionValues)
    .values({ ...approved.valueRow, measurementId: measurement })
    .run();
  const lesson = db
    .insert(schema.lessons)
    .values({
      ...base,
      ...source,
      programmeId: at.pilot,
      title: "Een goedgekeurde les",
      body: "Samen.",
      createdById: at.partner,
    })
    .returning({ id: schema.lessons.id })
    .get().id;
  db.insert(schema.submissionInsights)
    .values({
      ...base,
      submissionId: approved.submission,
      kind: "lesson",
      title: "Een goedgekeurde les",
      body: "Samen.",
      lessonId: lesson,
    })
    .run();

  period(at.pilot, at.buurtkracht, SPANS.empty);
  const theirs = report(at.pilot, at.second, SPANS.concept, "concept", at.homeVisits);
  db.insert(schema.submissionValues).values(theirs.valueRow).run();
  const taalcafe = report(at.taalcafe, at.second, SPANS.concept, "ingediend", at.taalcafeIndicator);
  db.insert(schema.submissionValues).values(taalcafe.valueRow).run();
}

// ---------------------------------------------------------------------------------------------------------------

const define = <A>(c: WriteCase<A>) => c as unknown as WriteCase;

/** The period of a partner in a programme whose span starts `from` days from today. */
const periodAt = (db: AppDatabase, programme: number, partner: number, [from]: readonly [number, number]) =>
  idOf(
    db,
    "select id from reporting_periods where programme_id = ? and partner_organisation_id = ? and starts_on = ?",
    programme,
    partner,
    day(from),
  );
const submissionOf = (db: AppDatabase, periodId: number) =>
  idOf(db, "select id from submissions where period_id = ?", periodId);
const versionOf = (db: AppDatabase, periodId: number) =>
  String(value(db, "select version from submissions where period_id = ?", periodId) ?? 0);
const statusIs = (db: AppDatabase, periodId: number, status: string, comment?: string) =>
  exists(
    db,
    `select 1 from submissions where period_id = ? and status = ?${comment === undefined ? "" : " and review_comment = ?"}`,
    ...([periodId, status, ...(comment === undefined ? [] : [comment])] as Param[]),
  );

/** Buurtkracht's concept in the pilot: what the partner writes in. */
const ownConcept = (db: AppDatabase) => {
  const at = ids(db);
  const periodId = periodAt(db, at.pilot, at.buurtkracht, SPANS.concept);
  return { at, periodId, submissionId: submissionOf(db, periodId), version: versionOf(db, periodId) };
};

/** The partner's writes on its own concept in the pilot (on: "pilot"), and on the second partner's (other partner). */
function partnerCases(): WriteCase[] {
  const saveValue = (on: "pilot" | "other partner") =>
    define({
      module: "submission-values",
      write: "saveSubmissionValue",
      on,
      action: "submission.value_saved",
      prepare: ({ db }) => {
        const at = ids(db);
        const periodId = periodAt(db, at.pilot, on === "pilot" ? at.buurtkracht : at.second, SPANS.concept);
        const measuredOn = freeDayIn(db, at.homeVisits, SPANS.concept, 1);
        const input = { indicatorId: String(at.homeVisits), measuredOn, value: "14", note: MARK };
        return { periodId, input: submissionValueSchema.parse({ ...input, version: versionOf(db, periodId) }) };
      },
      run: ({ periodId, input }) => submissionValues.saveSubmissionValue({ periodId }, input),
      written: ({ db }, { periodId }) =>
        exists(
          db,
          "select 1 from submission_values v join submissions s on s.id = v.submission_id where s.period_id = ? and v.note = ?",
          periodId,
          MARK,
        ),
    });
  const submit = (on: "pilot" | "other partner") =>
    define({
      module: "submission-steps",
      write: "submitSubmission",
      on,
      action: "submission.submitted",
      prepare: ({ db }) => {
        const at = ids(db);
        const periodId = periodAt(db, at.pilot, on === "pilot" ? at.buurtkracht : at.second, SPANS.concept);
        return { periodId, input: submissionStepSchema.parse({ version: versionOf(db, periodId) }) };
      },
      run: ({ periodId, input }) => submissionSteps.submitSubmission({ periodId }, input),
      written: ({ db }, { periodId }) => statusIs(db, periodId, "ingediend"),
    });
  return [
    saveValue("pilot"),
    saveValue("other partner"),
    define({
      module: "submission-values",
      write: "removeSubmissionValue",
      on: "pilot",
      action: "submission.value_removed",
      prepare: ({ db }) => {
        const { periodId, submissionId, version } = ownConcept(db);
        const valueId = idOf(db, "select id from submission_values where submission_id = ?", submissionId);
        return { periodId, valueId, input: submissionStepSchema.parse({ version }) };
      },
      run: ({ periodId, valueId, input }) => submissionValues.removeSubmissionValue({ periodId, valueId }, input),
      written: ({ db }, { valueId }) => !exists(db, "select 1 from submission_values where id = ?", valueId),
    }),
    define({
      module: "submission-values",
      write: "saveSubmissionNarrative",
      on: "pilot",
      action: "submission.narrative_saved",
      prepare: ({ db }) => {
        const { periodId, version } = ownConcept(db);
        return { periodId, input: narrativeSchema.parse({ wentWell: MARK, wentLess: "", learned: "", version }) };
      },
      run: ({ periodId, input }) => submissionValues.saveSubmissionNarrative({ periodId }, input),
      written: ({ db }, { periodId }) =>
        exists(db, "select 1 from submissions where period_id = ? and went_well = ?", periodId, MARK),
    }),
    define({
      module: "submission-insights",
      write: "addSubmissionInsight",
      on: "pilot",
      action: "submission.insight_added",
      prepare: ({ db }) => {
        const { at, periodId, version } = ownConcept(db);
        const assumptionId = idOf(
          db,
          "select id from assumptions where programme_id = ? order by id limit 1",
          at.pilot,
        );
        const input = {
          title: MARK,
          body: "Een waarneming.",
          assumptionId: String(assumptionId),
          verdict: "ondersteunt",
        };
        return { periodId, input: findingInsightSchema.parse({ ...input, version }) };
      },
      run: ({ periodId, input }) => submissionInsights.addSubmissionInsight({ periodId }, input),
      written: ({ db }) => exists(db, "select 1 from submission_insights where title = ?", MARK),
    }),
    define({
      module: "submission-insights",
      write: "updateSubmissionInsight",
      on: "pilot",
      action: "submission.insight_updated",
      prepare: ({ db }) => {
        const { periodId, submissionId, version } = ownConcept(db);
        const insightId = idOf(db, "select id from submission_insights where submission_id = ?", submissionId);
        return {
          periodId,
          insightId,
          input: lessonInsightSchema.parse({ title: MARK, body: "Vooraf bellen.", version }),
        };
      },
      run: ({ periodId, insightId, input }) =>
        submissionInsights.updateSubmissionInsight({ periodId, insightId }, input),
      written: ({ db }, { insightId }) =>
        exists(db, "select 1 from submission_insights where id = ? and title = ?", insightId, MARK),
    }),
    define({
      module: "submission-insights",
      write: "removeSubmissionInsight",
      on: "pilot",
      action: "submission.insight_removed",
      prepare: ({ db }) => {
        const { periodId, submissionId, version } = ownConcept(db);
        const insightId = idOf(db, "select id from submission_insights where submission_id = ?", submissionId);
        return { periodId, insightId, input: submissionStepSchema.parse({ version }) };
      },
      run: ({ periodId, insightId, input }) =>
        submissionInsights.removeSubmissionInsight({ periodId, insightId }, input),
      written: ({ db }, { insightId }) => !exists(db, "select 1 from submission_insights where id = ?", insightId),
    }),
    define({
      module: "submission-documents",
      write: "addSubmissionDocument",
      on: "pilot",
      action: "submission.document_added",
      prepare: ({ db }) => {
        const { periodId, version } = ownConcept(db);
        return { periodId, version: Number(version) };
      },
      run: ({ periodId, version }) =>
        submissionDocuments.addSubmissionDocument({ periodId }, { fileName: `${MARK}.pdf`, content: PDF, version }),
      written: ({ db }) => exists(db, "select 1 from submission_documents where file_name = ?", `${MARK}.pdf`),
    }),
    define({
      module: "submission-documents",
      write: "removeSubmissionDocument",
      on: "pilot",
      action: "submission.document_removed",
      prepare: ({ db }) => {
        const { periodId, submissionId, version } = ownConcept(db);
        const documentId = idOf(db, "select id from submission_documents where submission_id = ?", submissionId);
        return { periodId, documentId, input: submissionStepSchema.parse({ version }) };
      },
      run: ({ periodId, documentId, input }) =>
        submissionDocuments.removeSubmissionDocument({ periodId, documentId }, input),
      written: ({ db }, { documentId }) => !exists(db, "select 1 from submission_documents where id = ?", documentId),
    }),
    submit("pilot"),
    submit("other partner"),
  ];
}

/** The gemeente's review: Buurtkracht's handed-in report of the pilot, the second partner's of the Taalcafé. */
function reviewCases(): WriteCase[] {
  const handedIn = (db: AppDatabase, on: "pilot" | "Taalcafé") => {
    const at = ids(db);
    const periodId =
      on === "pilot"
        ? periodAt(db, at.pilot, at.buurtkracht, SPANS.submitted)
        : periodAt(db, at.taalcafe, at.second, SPANS.concept);
    return { periodId, submissionId: submissionOf(db, periodId), version: versionOf(db, periodId) };
  };
  return (["pilot", "Taalcafé"] as const).flatMap((on) => [
    define({
      module: "submission-steps",
      write: "sendBackSubmission",
      on,
      action: "submission.sent_back",
      prepare: ({ db }) => {
        const { periodId, submissionId, version } = handedIn(db, on);
        return { periodId, submissionId, input: sendBackSchema.parse({ comment: MARK, version }) };
      },
      run: ({ submissionId, input }) => submissionSteps.sendBackSubmission({ submissionId }, input),
      written: ({ db }, { periodId }) => statusIs(db, periodId, "teruggestuurd", MARK),
    }),
    define({
      module: "submission-approval",
      write: "approveSubmission",
      on,
      action: "submission.approved",
      prepare: ({ db }) => {
        const { periodId, submissionId, version } = handedIn(db, on);
        return { periodId, submissionId, input: submissionStepSchema.parse({ version }) };
      },
      run: ({ submissionId, input }) => submissionApproval.approveSubmission({ submissionId }, input),
      written: ({ db }, { periodId }) => statusIs(db, periodId, "goedgekeurd"),
    }),
  ]);
}

/** Setting up, on the pilot (Buurtkracht) and the Taalcafé (the second partner), and reopening an approval. */
function setupCases(): WriteCase[] {
  const partnerOn = (db: AppDatabase, on: "pilot" | "Taalcafé") => {
    const at = ids(db);
    return on === "pilot"
      ? { programmeId: at.pilot, partnerOrganisationId: at.buurtkracht }
      : { programmeId: at.taalcafe, partnerOrganisationId: at.second };
  };
  return [
    ...(["pilot", "Taalcafé"] as const).flatMap((on) => [
      define({
        module: "reporting-setup",
        write: "assignIndicators",
        on,
        action: "reporting.indicators_assigned",
        prepare: ({ db }) => partnerOn(db, on),
        run: ({ programmeId, partnerOrganisationId }) =>
          reportingSetup.assignIndicators({ programmeId }, { partnerOrganisationId, indicatorIds: "all" }),
        written: ({ db }, { programmeId, partnerOrganisationId }) =>
          value(
            db,
            `select count(*) from indicators i where i.programme_id = ? and i.archived_at is null and not exists
             (select 1 from reporting_assignments a where a.indicator_id = i.id and a.partner_organisation_id = ? and a.ended_at is null)`,
            programmeId,
            partnerOrganisationId,
          ) === 0,
      }),
      define({
        module: "reporting-periods",
        write: "createReportingPeriod",
        on,
        action: "reporting.period_created",
        prepare: ({ db }) => {
          const { programmeId, partnerOrganisationId } = partnerOn(db, on);
          const span = { startsOn: "2040-01-01", endsOn: "2040-03-31", dueOn: "2040-04-15" };
          return {
            programmeId,
            input: customPeriodSchema.parse({ partnerOrganisationId: String(partnerOrganisationId), ...span }),
          };
        },
        run: ({ programmeId, input }) => reportingPeriods.createReportingPeriod({ programmeId }, input),
        written: ({ db }, { programmeId }) =>
          exists(
            db,
            "select 1 from reporting_periods where programme_id = ? and starts_on = '2040-01-01'",
            programmeId,
          ),
      }),
    ]),
    define({
      module: "reporting-periods",
      write: "createReportingPeriods",
      on: "pilot",
      action: "reporting.periods_created",
      prepare: ({ db }) => {
        const { programmeId, partnerOrganisationId } = partnerOn(db, "pilot");
        const series = { frequency: "kwartaal", from: "2041-01-01", to: "2041-12-31", dueAfterDays: "14" };
        return {
          programmeId,
          input: periodSeriesSchema.parse({ partnerOrganisationId: String(partnerOrganisationId), ...series }),
        };
      },
      run: ({ programmeId, input }) => reportingPeriods.createReportingPeriods({ programmeId }, input),
      written: ({ db }, { programmeId }) =>
        value(
          db,
          "select count(*) from reporting_periods where programme_id = ? and starts_on like '2041-%'",
          programmeId,
        ) === 4,
    }),
    define({
      module: "reporting-setup",
      write: "endAssignment",
      on: "pilot",
      action: "reporting.assignment_ended",
      prepare: ({ db }) => {
        const { programmeId, partnerOrganisationId } = partnerOn(db, "pilot");
        const assignmentId = idOf(
          db,
          "select id from reporting_assignments where programme_id = ? and partner_organisation_id = ?",
          programmeId,
          partnerOrganisationId,
        );
        return { programmeId, assignmentId };
      },
      run: (args) => reportingSetup.endAssignment(args),
      written: ({ db }, { assignmentId }) =>
        exists(db, "select 1 from reporting_assignments where id = ? and ended_at is not null", assignmentId),
    }),
    define({
      module: "reporting-periods",
      write: "deleteReportingPeriod",
      on: "pilot",
      action: "reporting.period_deleted",
      prepare: ({ db }) => {
        const at = ids(db);
        return { programmeId: at.pilot, periodId: periodAt(db, at.pilot, at.buurtkracht, SPANS.empty) };
      },
      run: (args) => reportingPeriods.deleteReportingPeriod(args),
      written: ({ db }, { periodId }) => !exists(db, "select 1 from reporting_periods where id = ?", periodId),
    }),
    define({
      module: "submission-reopen",
      write: "reopenSubmission",
      on: "pilot",
      action: "submission.reopened",
      prepare: ({ db }) => {
        const at = ids(db);
        const periodId = periodAt(db, at.pilot, at.buurtkracht, SPANS.approved);
        const input = reopenSchema.parse({ reason: MARK, version: versionOf(db, periodId) });
        return { periodId, submissionId: submissionOf(db, periodId), input };
      },
      run: ({ submissionId, input }) => submissionReopen.reopenSubmission({ submissionId }, input),
      written: ({ db }, { periodId }) =>
        statusIs(db, periodId, "teruggestuurd", MARK) &&
        exists(db, "select 1 from measurements where withdraw_reason = ?", MARK) &&
        exists(db, "select 1 from lessons where archive_reason = ?", MARK),
    }),
  ];
}

export const REPORTING_CASES: WriteCase[] = [...setupCases(), ...partnerCases(), ...reviewCases()];
