// The writes of the access matrix (access-matrix.test.ts): for every mutation of the data layer, how to call it with
// valid input on the demo data, and how to tell that it wrote what it should. Who may call it is NOT here: the
// expected outcome per role is written out in the test itself.
import type { Viewer } from "@/lib/auth/viewer";
import { defaultExpiryDay, expiresAtFor, generateApiKey } from "@/lib/domain/api-keys";
import { todayInAmsterdam } from "@/lib/domain/time";
import { changePasswordSchema } from "@/lib/validation/account";
import { apiKeySchema } from "@/lib/validation/api-keys";
import { correctionDecisionSchema, correctionSchema } from "@/lib/validation/corrections";
import { brandColourSchema, helpdeskSchema } from "@/lib/validation/gemeente";
import {
  indicatorEditSchema,
  measurementCorrectionSchema,
  measurementWithdrawalSchema,
} from "@/lib/validation/indicators";
import {
  learningAnswerEditSchema,
  learningQuestionEditSchema,
  moveSchema,
  newLearningQuestionSchema,
} from "@/lib/validation/learning-questions";
import { lessonEditSchema, lessonSchema } from "@/lib/validation/lessons";
import { editPageSchema, newPageSchema, pageCommentSchema, restoreRevisionSchema } from "@/lib/validation/pages";
import { partnerOrganisationSchema } from "@/lib/validation/partners";
import {
  assumptionEditSchema,
  assumptionSchema,
  assumptionStatusSchema,
  hypothesisEditSchema,
  hypothesisSchema,
  indicatorSchema,
  measurementSchema,
  phaseChangeSchema,
  programmeEditSchema,
  programmeSchema,
  tocElementSchema,
  tocLinkSchema,
} from "@/lib/validation/programmes";
import {
  actionItemSchema,
  reflectionPromptsSchema,
  reflectionSessionEditSchema,
  reflectionSessionSchema,
} from "@/lib/validation/reflections";
import { decisionSchema, roadmapStatusSchema, roadmapStepSchema } from "@/lib/validation/routes";
import { ssoRequirementSchema } from "@/lib/validation/security";
import { findingEditSchema, findingSchema, studyEditSchema, studySchema } from "@/lib/validation/studies";
import { changeRoleSchema, createUserSchema, userActiveSchema } from "@/lib/validation/users";
import type { AppDatabase } from "../client";
import * as schema from "../schema";
import { DEMO_PASSWORD } from "../seed";
import { PILOT_NAME } from "../seed-programmes";
import { ARCHIVE_CASES, addArchiveFixtures } from "./access-matrix.archive-cases";
import { COACHING_CASES } from "./access-matrix.coaching-cases";
import { MFA_CASES } from "./access-matrix.mfa-cases";
import { addOpgavenFixtures, OPGAVEN_CASES } from "./access-matrix.opgaven-cases";
import { addReportingFixtures, REPORTING_CASES } from "./access-matrix.reporting-cases";
import { addSubsidyFixtures, SUBSIDY_CASES } from "./access-matrix.subsidies-cases";
import { TRAINING_CASES } from "./access-matrix.training-cases";
import { addVeranderplanFixtures, VERANDERPLAN_CASES } from "./access-matrix.veranderplan-cases";
import * as account from "./account";
import * as actionItems from "./action-items";
import * as agreedEffectChanges from "./agreed-effect-changes";
import * as anonymise from "./anonymise";
import * as apiKeys from "./api-keys";
import * as archive from "./archive";
import * as assumptions from "./assumptions";
import * as coaching from "./coaching";
import * as correctionChanges from "./correction-changes";
import * as evidenceTrail from "./evidence-trail";
import * as findings from "./findings";
import * as gemeenteSettings from "./gemeente-settings";
import * as hypotheses from "./hypotheses";
import * as indicators from "./indicators";
import * as learningQuestionChanges from "./learning-question-changes";
import * as learningQuestionOrder from "./learning-question-order";
import * as learningTracks from "./learning-tracks";
import * as lessons from "./lessons";
import * as maturityScans from "./maturity-scans";
import * as measurementChanges from "./measurements";
import * as memberMfa from "./member-mfa";
import * as mfa from "./mfa";
import * as mfaSetting from "./mfa-setting";
import * as notificationSettings from "./notification-settings";
import * as notifications from "./notifications";
import * as opgaveChanges from "./opgave-changes";
import * as pageChanges from "./page-changes";
import * as pageFollows from "./page-follows";
import * as partners from "./partners";
import * as programmeCycle from "./programme-cycle";
import * as programmes from "./programmes";
import * as reflections from "./reflections";
import * as reportingPeriods from "./reporting-periods";
import * as reportingSetup from "./reporting-setup";
import * as routes from "./routes";
import * as securitySettings from "./security-settings";
import * as strategicSessionChanges from "./strategic-session-changes";
import * as strategicSessionOutcomes from "./strategic-session-outcomes";
import * as strategicSessionRankings from "./strategic-session-rankings";
import * as studies from "./studies";
import * as submissionApproval from "./submission-approval";
import * as submissionDocuments from "./submission-documents";
import * as submissionInsights from "./submission-insights";
import * as submissionReopen from "./submission-reopen";
import * as submissionSteps from "./submission-steps";
import * as submissionValues from "./submission-values";
import * as subsidyApplications from "./subsidy-applications";
import * as subsidyChanges from "./subsidy-changes";
import * as subsidyWithdrawals from "./subsidy-withdrawals";
import * as theoryOfChange from "./theory-of-change";
import * as trackReflections from "./track-reflections";
import * as trainingOverview from "./training-overview";
import * as trainingSessions from "./training-sessions";
import * as users from "./users";
import * as veranderplanChanges from "./veranderplan-changes";

/** Every module of the data layer that writes, by file name. */
export const MODULES = {
  "action-items": actionItems,
  "api-keys": apiKeys,
  archive,
  assumptions,
  "correction-changes": correctionChanges,
  "evidence-trail": evidenceTrail,
  findings,
  hypotheses,
  indicators,
  "learning-question-changes": learningQuestionChanges,
  "learning-question-order": learningQuestionOrder,
  lessons,
  measurements: measurementChanges,
  "page-changes": pageChanges,
  partners,
  "programme-cycle": programmeCycle,
  programmes,
  reflections,
  routes,
  studies,
  "theory-of-change": theoryOfChange,
  users,
  anonymise,
  account,
  "page-follows": pageFollows,
  notifications,
  "notification-settings": notificationSettings,
  "reporting-setup": reportingSetup,
  "reporting-periods": reportingPeriods,
  "submission-values": submissionValues,
  "submission-insights": submissionInsights,
  "submission-documents": submissionDocuments,
  "submission-steps": submissionSteps,
  "submission-approval": submissionApproval,
  "submission-reopen": submissionReopen,
  "security-settings": securitySettings,
  mfa,
  "mfa-setting": mfaSetting,
  "member-mfa": memberMfa,
  "gemeente-settings": gemeenteSettings,
  "opgave-changes": opgaveChanges,
  "strategic-session-changes": strategicSessionChanges,
  "strategic-session-outcomes": strategicSessionOutcomes,
  "strategic-session-rankings": strategicSessionRankings,
  "learning-tracks": learningTracks,
  "training-sessions": trainingSessions,
  "maturity-scans": maturityScans,
  "subsidy-changes": subsidyChanges,
  "subsidy-applications": subsidyApplications,
  "subsidy-withdrawals": subsidyWithdrawals,
  "veranderplan-changes": veranderplanChanges,
  "agreed-effect-changes": agreedEffectChanges,
  coaching,
  "track-reflections": trackReflections,
  "training-overview": trainingOverview,
} as const;

export type ModuleName = keyof typeof MODULES;

/** Exported functions of those modules that are not writes of their own: helpers that run inside another write. */
export const NOT_A_WRITE = [
  "addElementIn",
  "removeElementIn",
  "changeStatusIn",
  "applyOrder",
  "backlogOrder",
  "withdrawIn",
  "archiveIn",
  "addFindingIn",
];

export const TAALCAFE = "Taalcafé voor nieuwkomers";
/** Written into every text a write sets, so the probe finds exactly what this write wrote. */
export const MARK = "Toegangsmatrix";

export type CaseContext = { db: AppDatabase; viewer: Viewer };

/** Where the record of the write lives: a programme, the gemeente as a whole, or one named record. */
export type Place =
  | "pilot"
  | "Taalcafé"
  | "gemeente"
  | "Buurtkracht"
  | "team@voorbeeld"
  | "own account"
  // Programmes of the archive fixtures, made with the pilot's owner, team and partner.
  | "new programme"
  | "archived programme"
  // A report of the second partner organisation of the reporting fixtures, in the pilot.
  | "other partner"
  // Learning tracks of the demo (db/seed-training.ts) and the partner organisation a maturity scan is about.
  | "pilot track"
  | "workshop track"
  | "Taalhuis"
  // Subsidy frameworks of the subsidy fixtures: an open one with a pending application, and an archived one.
  | "subsidy framework"
  | "archived subsidy framework";

export type WriteCase<A = unknown> = {
  module: ModuleName;
  write: string;
  on: Place;
  /** The audit action an allowed write records. */
  action: string;
  /** What the write returns when it succeeds: a MutationResult (default), a page save outcome, nothing, or true. */
  returns?: "result" | "pageSave" | "void" | "boolean";
  /** Looks up ids and versions in the fresh database and builds the (valid) input. */
  prepare: (ctx: CaseContext) => A;
  run: (args: A, ctx: CaseContext) => Promise<unknown>;
  /** Whether the database holds what the write should have written (false before it ran). */
  written: (ctx: CaseContext, args: A) => boolean;
};

const define = <A>(c: WriteCase<A>) => c as unknown as WriteCase;

// Plain SQL for the look-ups and probes: short, and independent of the modules under test.
type Param = string | number | null;
const value = (db: AppDatabase, sql: string, ...params: Param[]): unknown =>
  db.$client
    .prepare(sql)
    .pluck()
    .get(...params);

export function idOf(db: AppDatabase, sql: string, ...params: Param[]): number {
  const found = value(db, sql, ...params);
  if (typeof found !== "number") throw new Error(`Not in the demo data: ${sql} [${params.join(", ")}]`);
  return found;
}

const exists = (db: AppDatabase, sql: string, ...params: Param[]) => value(db, sql, ...params) !== undefined;

const programmeId = (db: AppDatabase, on: "pilot" | "Taalcafé") =>
  idOf(db, "select id from programmes where name = ?", on === "pilot" ? PILOT_NAME : TAALCAFE);
const userId = (db: AppDatabase, email: string) => idOf(db, "select id from users where email = ?", email);
const organisationId = (db: AppDatabase, slug: string) => idOf(db, "select id from organisations where slug = ?", slug);
const memberId = (db: AppDatabase, email: string) =>
  idOf(
    db,
    "select m.id from memberships m join users u on u.id = m.user_id where u.email = ? and m.organisation_id = ?",
    email,
    organisationId(db, "voorbeeld"),
  );
const titled = (db: AppDatabase, table: string, column: string, text: string) =>
  idOf(db, `select id from ${table} where ${column} = ?`, text);
/** The first roadmap step of Gemeente Voorbeeld still to do. */
const openStep = (db: AppDatabase) =>
  idOf(
    db,
    "select id from roadmap_steps where organisation_id = ? and status = 'te_doen' order by position",
    organisationId(db, "voorbeeld"),
  );
/** A record's version, as its edit form sends it along. */
const versionOf = (db: AppDatabase, table: string, id: number) =>
  String(idOf(db, `select version from ${table} where id = ?`, id));

/**
 * The latest `count` days up to today on which the indicator has no live measurement: days a new measurement may
 * take (the pilot and the Taalcafé of the fixtures are running today, after their baselines).
 */
function freeDays(db: AppDatabase, indicatorId: number, count = 1): string[] {
  const taken = new Set(
    db.$client
      .prepare("select measured_on from measurements where indicator_id = ? and withdrawn_at is null")
      .pluck()
      .all(indicatorId) as string[],
  );
  const days: string[] = [];
  const day = new Date(`${todayInAmsterdam()}T12:00:00Z`);
  while (days.length < count) {
    const text = day.toISOString().slice(0, 10);
    if (!taken.has(text)) days.push(text);
    day.setUTCDate(day.getUTCDate() - 1);
  }
  return days;
}

const HOME_VISITS = "Afgelegde huisbezoeken (totaal)";

/** The pilot's latest live measurement of the home visits: the one the correction and withdrawal cases change. */
const latestHomeVisit = (db: AppDatabase) =>
  idOf(
    db,
    `select m.id from measurements m join indicators i on i.id = m.indicator_id
     where i.name = ? and m.withdrawn_at is null order by m.measured_on desc limit 1`,
    HOME_VISITS,
  );

const SECOND_SESSION = "Reflectie oktober";
/** Added to the pilot by addMatrixFixtures: a later session that has an open action item on its agenda. */
export const FIXTURE_SESSION = `${MARK}: reflectie december`;
export const FIXTURE_PAGE = `${MARK}: werkafspraken Taalcafé`;
export const FIXTURE_INDICATOR = `${MARK}: bezoekers Taalcafé`;
export const FIXTURE_API_KEY = `${MARK}: Power BI`;
const OPEN_ACTION = "Mannen uit de pilot vragen welke activiteit hen aanspreekt";

/**
 * What the demo data lacks for the matrix, added to the pristine database once: a page and an indicator of the
 * Taalcafé (a programme Stichting Buurtkracht is not part of, and whose team the manager and teamlid are not on), and
 * a third session of the pilot whose agenda lists an open
 * action item, so the item can be carried over to it.
 */
export function addMatrixFixtures(db: AppDatabase) {
  const voorbeeld = organisationId(db, "voorbeeld");
  const manager = userId(db, "manager@voorbeeld.example");
  const pilot = programmeId(db, "pilot");
  const page = db
    .insert(schema.pages)
    .values({
      organisationId: voorbeeld,
      programmeId: programmeId(db, "Taalcafé"),
      title: FIXTURE_PAGE,
      body: "Elke dinsdag in de bibliotheek.",
      version: 1,
      createdById: manager,
      updatedById: manager,
    })
    .returning({ id: schema.pages.id })
    .get();
  db.insert(schema.pageRevisions)
    .values({
      organisationId: voorbeeld,
      pageId: page.id,
      version: 1,
      title: FIXTURE_PAGE,
      body: "Elke dinsdag in de bibliotheek.",
      authorId: manager,
    })
    .run();
  // The Taalcafé of the demo starts next month; here it has started, so its indicator can be measured today.
  db.$client.prepare("update programmes set start_date = '2026-01-01' where name = ?").run(TAALCAFE);
  db.insert(schema.indicators)
    .values({
      organisationId: voorbeeld,
      programmeId: programmeId(db, "Taalcafé"),
      name: FIXTURE_INDICATOR,
      unit: "bezoekers",
      direction: "hoger",
      frequency: "maandelijks",
      contribution: "direct",
    })
    .run();
  const second = titled(db, "reflection_sessions", "title", SECOND_SESSION);
  const item = titled(db, "action_items", "description", OPEN_ACTION);
  db.insert(schema.reflectionSessions)
    .values({
      organisationId: voorbeeld,
      programmeId: pilot,
      title: FIXTURE_SESSION,
      heldOn: "2030-12-01",
      agenda: {
        version: 1,
        preparedOn: "2030-12-01",
        openActions: [
          {
            id: item,
            description: OPEN_ACTION,
            ownerName: "Sanne de Vries",
            dueDate: null,
            sessionId: second,
            sessionTitle: SECOND_SESSION,
            heldOn: "2030-10-01",
          },
        ],
        assumptions: [],
        indicators: [],
        learningQuestions: [],
      },
      createdById: manager,
    })
    .run();
  const { prefix, hash } = generateApiKey();
  db.insert(schema.apiKeys)
    .values({
      organisationId: voorbeeld,
      name: FIXTURE_API_KEY,
      prefix,
      hash,
      createdById: userId(db, "beheerder@voorbeeld.example"),
      expiresAt: expiresAtFor(defaultExpiryDay()),
    })
    .run();
  addArchiveFixtures(db);
  addReportingFixtures(db);
  addOpgavenFixtures(db);
  addSubsidyFixtures(db);
  addVeranderplanFixtures(db);
}

/** An open action point of the programme assigned to the user, in a session of its own (the Taalcafé has none). */
function ownActionItem(db: AppDatabase, programme: number, ownerId: number): number {
  const organisation = organisationId(db, "voorbeeld");
  const session = db
    .insert(schema.reflectionSessions)
    .values({
      organisationId: organisation,
      programmeId: programme,
      title: `${MARK}: sessie`,
      heldOn: "2026-06-01",
      agenda: {},
      createdById: userId(db, "manager@voorbeeld.example"),
    })
    .returning({ id: schema.reflectionSessions.id })
    .get();
  return db
    .insert(schema.actionItems)
    .values({ organisationId: organisation, programmeId: programme, sessionId: session.id, description: MARK, ownerId })
    .returning({ id: schema.actionItems.id })
    .get().id;
}

// Writes that create a record in a programme, run on the pilot and on the Taalcafé alike.
const BOTH = ["pilot", "Taalcafé"] as const;

const HYPOTHESIS = { activity: MARK, change: "meer contact", targetGroup: "ouderen", mechanism: "vertrouwen" };
const programmeInput = (db: AppDatabase, on: "pilot" | "Taalcafé") =>
  on === "pilot"
    ? programmeEditSchema.parse({
        version: versionOf(db, "programmes", programmeId(db, on)),
        name: PILOT_NAME,
        kind: "pilot",
        societalChallenge: "Eenzaamheid onder ouderen in Oost.",
        route: "klein-en-krachtig",
        description: MARK,
        ownerId: String(userId(db, "manager@voorbeeld.example")),
        teamMemberIds: [String(userId(db, "team@voorbeeld.example"))],
        partnerIds: [String(titled(db, "partner_organisations", "name", "Stichting Buurtkracht"))],
        status: "lopend",
      })
    : programmeEditSchema.parse({
        version: versionOf(db, "programmes", programmeId(db, on)),
        name: TAALCAFE,
        kind: "programma",
        societalChallenge: "Nieuwkomers spreken nog weinig Nederlands.",
        description: MARK,
        ownerId: String(userId(db, "adviseur@voorbeeld.example")),
        status: "concept",
      });

export const CASES: WriteCase[] = [
  // api-keys
  define({
    module: "api-keys",
    write: "createApiKey",
    on: "gemeente",
    action: "apiKey.created",
    prepare: () => ({ input: apiKeySchema.parse({ name: MARK, expiresOn: defaultExpiryDay() }) }),
    run: ({ input }) => apiKeys.createApiKey(input),
    written: ({ db, viewer }) =>
      exists(db, "select 1 from api_keys where name = ? and organisation_id = ?", MARK, viewer.organisationId),
  }),
  define({
    module: "api-keys",
    write: "revokeApiKey",
    on: "gemeente",
    action: "apiKey.revoked",
    prepare: ({ db }) => ({ keyId: titled(db, "api_keys", "name", FIXTURE_API_KEY) }),
    run: ({ keyId }) => apiKeys.revokeApiKey({ keyId }),
    written: ({ db }, { keyId }) => exists(db, "select 1 from api_keys where id = ? and revoked_at is not null", keyId),
  }),

  // action-items
  define({
    module: "action-items",
    write: "addActionItem",
    on: "pilot",
    action: "actionItem.created",
    prepare: ({ db }) => ({
      programmeId: programmeId(db, "pilot"),
      sessionId: titled(db, "reflection_sessions", "title", SECOND_SESSION),
      input: actionItemSchema.parse({ description: MARK, ownerId: String(userId(db, "team@voorbeeld.example")) }),
    }),
    run: ({ programmeId, sessionId, input }) => actionItems.addActionItem({ programmeId, sessionId }, input),
    written: ({ db }, { sessionId }) =>
      exists(db, "select 1 from action_items where description = ? and session_id = ?", MARK, sessionId),
  }),
  define({
    module: "action-items",
    write: "completeActionItem",
    on: "pilot",
    action: "actionItem.completed",
    prepare: ({ db }) => ({
      programmeId: programmeId(db, "pilot"),
      actionItemId: titled(db, "action_items", "description", OPEN_ACTION),
    }),
    run: (ids) => actionItems.completeActionItem(ids),
    written: ({ db }, { actionItemId }) =>
      exists(db, "select 1 from action_items where id = ? and status = 'klaar'", actionItemId),
  }),
  // Finishing one's own action point: the actor's own open item, made on the spot in a session of the programme.
  ...BOTH.map((on) =>
    define({
      module: "action-items",
      write: "completeOwnActionItem",
      on,
      action: "actionItem.completed",
      prepare: ({ db, viewer }) => ({ actionItemId: ownActionItem(db, programmeId(db, on), viewer.userId) }),
      run: (ids) => actionItems.completeOwnActionItem(ids),
      written: ({ db }, { actionItemId }) =>
        exists(db, "select 1 from action_items where id = ? and status = 'klaar'", actionItemId),
    }),
  ),
  define({
    module: "action-items",
    write: "carryOverActionItem",
    on: "pilot",
    action: "actionItem.carried_over",
    prepare: ({ db }) => ({
      programmeId: programmeId(db, "pilot"),
      sessionId: titled(db, "reflection_sessions", "title", FIXTURE_SESSION),
      actionItemId: titled(db, "action_items", "description", OPEN_ACTION),
    }),
    run: (ids) => actionItems.carryOverActionItem(ids),
    written: ({ db }, { sessionId, actionItemId }) =>
      exists(
        db,
        "select 1 from action_items where carried_over_from_id = ? and session_id = ?",
        actionItemId,
        sessionId,
      ),
  }),

  // assumptions
  ...BOTH.map((on) =>
    define({
      module: "assumptions",
      write: "createAssumption",
      on,
      action: "assumption.created",
      prepare: ({ db }) => ({
        programmeId: programmeId(db, on),
        input: assumptionSchema.parse({ statement: MARK, criticality: "hoog" }),
      }),
      run: ({ programmeId, input }) => assumptions.createAssumption({ programmeId }, input),
      written: ({ db }, { programmeId }) =>
        exists(db, "select 1 from assumptions where statement = ? and programme_id = ?", MARK, programmeId),
    }),
  ),
  define({
    module: "assumptions",
    write: "updateAssumption",
    on: "pilot",
    action: "assumption.updated",
    prepare: ({ db }) => {
      const assumptionId = titled(
        db,
        "assumptions",
        "statement",
        "Er zijn genoeg vrijwilligers in Oost om maatje te worden.",
      );
      const version = versionOf(db, "assumptions", assumptionId);
      return {
        programmeId: programmeId(db, "pilot"),
        assumptionId,
        input: assumptionEditSchema.parse({ statement: MARK, criticality: "hoog", version }),
      };
    },
    run: ({ input, ...ids }) => assumptions.updateAssumption(ids, input),
    written: ({ db }, { assumptionId }) =>
      exists(db, "select 1 from assumptions where id = ? and statement = ?", assumptionId, MARK),
  }),
  define({
    module: "assumptions",
    write: "changeAssumptionStatus",
    on: "pilot",
    action: "assumption.status_changed",
    prepare: ({ db }) => {
      const assumptionId = titled(
        db,
        "assumptions",
        "statement",
        "Eenzame ouderen doen open en gaan het gesprek aan als een buurtcoach aanbelt.",
      );
      const version = versionOf(db, "assumptions", assumptionId);
      return {
        programmeId: programmeId(db, "pilot"),
        assumptionId,
        input: assumptionStatusSchema.parse({ status: "in_onderzoek", reason: MARK, version }),
      };
    },
    run: ({ input, ...ids }) => assumptions.changeAssumptionStatus(ids, input),
    written: ({ db }, { assumptionId }) =>
      exists(
        db,
        "select 1 from assumptions a join assumption_status_changes c on c.assumption_id = a.id where a.id = ? and a.status = 'in_onderzoek' and c.reason = ?",
        assumptionId,
        MARK,
      ),
  }),

  // correction-changes
  ...BOTH.map((on) =>
    define({
      module: "correction-changes",
      write: "proposeCorrection",
      on,
      action: "correction.proposed",
      prepare: ({ db }) => ({
        programmeId: programmeId(db, on),
        input: correctionSchema.parse({
          title: MARK,
          whatChanges: "Iets anders",
          why: "Daarom",
          decisionLevel: "team",
        }),
      }),
      run: ({ programmeId, input }) => correctionChanges.proposeCorrection({ programmeId }, input),
      written: ({ db }, { programmeId }) =>
        exists(db, "select 1 from course_corrections where title = ? and programme_id = ?", MARK, programmeId),
    }),
  ),
  define({
    module: "correction-changes",
    write: "decideCorrection",
    on: "pilot",
    action: "correction.decided",
    prepare: ({ db }) => ({
      programmeId: programmeId(db, "pilot"),
      correctionId: titled(db, "course_corrections", "title", "Ook een ontmoetingsmoment op zaterdag"),
      input: correctionDecisionSchema.parse({ decision: "besloten", note: MARK }),
    }),
    run: ({ input, ...ids }) => correctionChanges.decideCorrection(ids, input),
    written: ({ db }, { correctionId }) =>
      exists(db, "select 1 from course_corrections where id = ? and status = 'besloten'", correctionId),
  }),
  define({
    module: "correction-changes",
    write: "markCorrectionImplemented",
    on: "pilot",
    action: "correction.implemented",
    prepare: ({ db }) => ({
      programmeId: programmeId(db, "pilot"),
      correctionId: titled(db, "course_corrections", "title", "Buurtcoaches bellen eerst voor een afspraak"),
    }),
    run: (ids) => correctionChanges.markCorrectionImplemented(ids, MARK),
    written: ({ db }, { correctionId }) =>
      exists(db, "select 1 from course_corrections where id = ? and status = 'doorgevoerd'", correctionId),
  }),

  // evidence-trail
  define({
    module: "evidence-trail",
    write: "updateAssumptionFromFinding",
    on: "pilot",
    action: "assumption.status_changed",
    prepare: ({ db }) => {
      const assumptionId = titled(
        db,
        "assumptions",
        "statement",
        "Deelnemers blijven langer dan drie maanden naar de ontmoetingsochtend komen.",
      );
      const version = versionOf(db, "assumptions", assumptionId);
      return {
        programmeId: programmeId(db, "pilot"),
        studyId: titled(db, "studies", "title", "Huisbezoeken: wie doet open, en waarom?"),
        findingId: titled(db, "findings", "title", "Mannen haken vaker af bij de ontmoetingsochtend"),
        assumptionId,
        input: assumptionStatusSchema.parse({ status: "bevestigd", reason: MARK, version }),
      };
    },
    run: ({ input, ...ids }) => evidenceTrail.updateAssumptionFromFinding(ids, input),
    written: ({ db }, { assumptionId, findingId }) =>
      exists(
        db,
        "select 1 from assumption_status_changes where assumption_id = ? and finding_id = ? and reason = ?",
        assumptionId,
        findingId,
        MARK,
      ),
  }),

  // findings
  define({
    module: "findings",
    write: "createFinding",
    on: "pilot",
    action: "finding.created",
    prepare: ({ db }) => ({
      programmeId: programmeId(db, "pilot"),
      studyId: titled(db, "studies", "title", "Eenzaamheid onder deelnemers: vragenlijst na zes maanden"),
      input: findingSchema.parse({ title: MARK, description: "Wat we zagen." }),
    }),
    run: ({ input, ...ids }) => findings.createFinding(ids, input),
    written: ({ db }, { studyId }) =>
      exists(db, "select 1 from findings where title = ? and study_id = ?", MARK, studyId),
  }),
  define({
    module: "findings",
    write: "updateFinding",
    on: "pilot",
    action: "finding.updated",
    prepare: ({ db }) => {
      const findingId = titled(db, "findings", "title", "De Schakel is voor bijna iedereen goed te bereiken");
      return {
        programmeId: programmeId(db, "pilot"),
        studyId: titled(db, "studies", "title", "Huisbezoeken: wie doet open, en waarom?"),
        findingId,
        input: findingEditSchema.parse({
          title: MARK,
          description: "22 van de 24 gevraagde ouderen.",
          version: versionOf(db, "findings", findingId),
        }),
      };
    },
    run: ({ input, ...ids }) => findings.updateFinding(ids, input),
    written: ({ db }, { findingId }) =>
      exists(db, "select 1 from findings where id = ? and title = ?", findingId, MARK),
  }),

  // hypotheses
  ...BOTH.map((on) =>
    define({
      module: "hypotheses",
      write: "createHypothesis",
      on,
      action: "hypothesis.created",
      prepare: ({ db }) => ({ programmeId: programmeId(db, on), input: hypothesisSchema.parse(HYPOTHESIS) }),
      run: ({ programmeId, input }) => hypotheses.createHypothesis({ programmeId }, input),
      written: ({ db }, { programmeId }) =>
        exists(db, "select 1 from hypotheses where activity = ? and programme_id = ?", MARK, programmeId),
    }),
  ),
  define({
    module: "hypotheses",
    write: "updateHypothesis",
    on: "pilot",
    action: "hypothesis.updated",
    prepare: ({ db }) => {
      const hypothesisId = titled(
        db,
        "hypotheses",
        "activity",
        "buurtcoaches alleenwonende 75-plussers thuis laten bezoeken",
      );
      return {
        programmeId: programmeId(db, "pilot"),
        hypothesisId,
        input: hypothesisEditSchema.parse({ ...HYPOTHESIS, version: versionOf(db, "hypotheses", hypothesisId) }),
      };
    },
    run: ({ input, ...ids }) => hypotheses.updateHypothesis(ids, input),
    written: ({ db }, { hypothesisId }) =>
      exists(db, "select 1 from hypotheses where id = ? and activity = ?", hypothesisId, MARK),
  }),

  // indicators
  ...BOTH.map((on) =>
    define({
      module: "indicators",
      write: "createIndicator",
      on,
      action: "indicator.created",
      prepare: ({ db }) => ({
        programmeId: programmeId(db, on),
        input: indicatorSchema.parse({
          name: MARK,
          unit: "deelnemers",
          kind: "aantal",
          direction: "hoger",
          frequency: "maandelijks",
          contribution: "direct",
        }),
      }),
      run: ({ programmeId, input }) => indicators.createIndicator({ programmeId }, input),
      written: ({ db }, { programmeId }) =>
        exists(db, "select 1 from indicators where name = ? and programme_id = ?", MARK, programmeId),
    }),
  ),
  define({
    module: "indicators",
    write: "updateIndicator",
    on: "pilot",
    action: "indicator.updated",
    prepare: ({ db }) => ({
      programmeId: programmeId(db, "pilot"),
      indicatorId: titled(db, "indicators", "name", HOME_VISITS),
      input: indicatorEditSchema.parse({
        name: MARK,
        unit: "bezoeken",
        kind: "aantal",
        direction: "hoger",
        frequency: "maandelijks",
        contribution: "direct",
        version: String(value(db, "select version from indicators where name = ?", HOME_VISITS)),
      }),
    }),
    run: ({ input, ...ids }) => indicators.updateIndicator(ids, input),
    written: ({ db }, { indicatorId }) =>
      exists(db, "select 1 from indicators where id = ? and name = ?", indicatorId, MARK),
  }),
  ...BOTH.map((on) =>
    define({
      module: "indicators",
      write: "addMeasurement",
      on,
      action: "measurement.added",
      prepare: ({ db }) => {
        const indicatorId = titled(db, "indicators", "name", on === "pilot" ? HOME_VISITS : FIXTURE_INDICATOR);
        const [measuredOn = ""] = freeDays(db, indicatorId);
        return {
          programmeId: programmeId(db, on),
          indicatorId,
          input: measurementSchema.parse({ measuredOn, value: "7", note: MARK }),
        };
      },
      run: ({ input, ...ids }) => indicators.addMeasurement(ids, input),
      written: ({ db }, { indicatorId }) =>
        exists(db, "select 1 from measurements where indicator_id = ? and note = ?", indicatorId, MARK),
    }),
  ),
  define({
    module: "indicators",
    write: "importMeasurements",
    on: "pilot",
    action: "measurement.imported",
    prepare: ({ db }) => {
      const indicatorId = titled(db, "indicators", "name", HOME_VISITS);
      return { programmeId: programmeId(db, "pilot"), indicatorId, days: freeDays(db, indicatorId, 2) };
    },
    run: ({ days, ...ids }) =>
      indicators.importMeasurements(ids, [
        { line: 2, measuredOn: days[1] ?? "", value: 131, note: MARK },
        { line: 3, measuredOn: days[0] ?? "", value: 132, note: MARK },
      ]),
    written: ({ db }, { indicatorId }) =>
      value(db, "select count(*) from measurements where indicator_id = ? and note = ?", indicatorId, MARK) === 2,
  }),

  // measurements: correcting and withdrawing is programme.measure
  define({
    module: "measurements",
    write: "correctMeasurement",
    on: "pilot",
    action: "measurement.corrected",
    prepare: ({ db }) => {
      const measurementId = latestHomeVisit(db);
      const row = db.$client
        .prepare("select measured_on as measuredOn, value, version from measurements where id = ?")
        .get(measurementId) as { measuredOn: string; value: number; version: number };
      return {
        programmeId: programmeId(db, "pilot"),
        indicatorId: titled(db, "indicators", "name", HOME_VISITS),
        measurementId,
        input: measurementCorrectionSchema.parse({
          measuredOn: row.measuredOn,
          value: String(row.value + 1),
          note: MARK,
          reason: "Telfout",
          version: String(row.version),
        }),
      };
    },
    run: ({ input, ...ids }) => measurementChanges.correctMeasurement(ids, input),
    written: ({ db }, { measurementId }) =>
      exists(db, "select 1 from measurements where id = ? and note = ? and version = 2", measurementId, MARK),
  }),
  define({
    module: "measurements",
    write: "withdrawMeasurement",
    on: "pilot",
    action: "measurement.withdrawn",
    prepare: ({ db }) => ({
      programmeId: programmeId(db, "pilot"),
      indicatorId: titled(db, "indicators", "name", HOME_VISITS),
      measurementId: latestHomeVisit(db),
      input: measurementWithdrawalSchema.parse({ reason: MARK, version: "1" }),
    }),
    run: ({ input, ...ids }) => measurementChanges.withdrawMeasurement(ids, input),
    written: ({ db }, { measurementId }) =>
      exists(
        db,
        "select 1 from measurements where id = ? and withdraw_reason = ? and withdrawn_at is not null",
        measurementId,
        MARK,
      ),
  }),

  // learning-question-changes
  ...(["gemeente", ...BOTH] as const).map((on) =>
    define({
      module: "learning-question-changes",
      write: "createLearningQuestion",
      on,
      action: "learningQuestion.created",
      prepare: ({ db }) => {
        const programme = on === "gemeente" ? null : programmeId(db, on);
        const input = newLearningQuestionSchema.parse({
          question: MARK,
          approach: "empirisch",
          programmeId: programme === null ? "" : String(programme),
        });
        return { programme, input };
      },
      run: ({ input }) => learningQuestionChanges.createLearningQuestion(input),
      written: ({ db, viewer }, { programme }) =>
        exists(
          db,
          "select 1 from learning_questions where question = ? and organisation_id = ? and programme_id is ?",
          MARK,
          viewer.organisationId,
          programme,
        ),
    }),
  ),
  ...(
    [
      ["pilot", "Waarom haken mannen eerder af bij de ontmoetingsochtend?"],
      ["gemeente", "Wat weten we uit ander onderzoek over buurtgerichte aanpakken van eenzaamheid?"],
    ] as const
  ).map(([on, question]) =>
    define({
      module: "learning-question-changes",
      write: "updateLearningQuestion",
      on,
      action: "learningQuestion.updated",
      prepare: ({ db }) => {
        const questionId = titled(db, "learning_questions", "question", question);
        return {
          questionId,
          input: learningQuestionEditSchema.parse({
            question: MARK,
            approach: "gesprekken",
            programmeId: on === "pilot" ? String(programmeId(db, "pilot")) : "",
            version: versionOf(db, "learning_questions", questionId),
          }),
        };
      },
      run: ({ questionId, input }) => learningQuestionChanges.updateLearningQuestion({ questionId }, input),
      written: ({ db }, { questionId }) =>
        exists(db, "select 1 from learning_questions where id = ? and question = ?", questionId, MARK),
    }),
  ),
  define({
    module: "learning-question-changes",
    write: "answerLearningQuestion",
    on: "pilot",
    action: "learningQuestion.answered",
    prepare: ({ db }) => {
      const questionId = titled(
        db,
        "learning_questions",
        "question",
        "Waarom haken mannen eerder af bij de ontmoetingsochtend?",
      );
      const version = versionOf(db, "learning_questions", questionId);
      return { questionId, input: learningAnswerEditSchema.parse({ status: "beantwoord", answer: MARK, version }) };
    },
    run: ({ questionId, input }) => learningQuestionChanges.answerLearningQuestion({ questionId }, input),
    written: ({ db }, { questionId }) =>
      exists(
        db,
        "select 1 from learning_questions where id = ? and status = 'beantwoord' and answer = ?",
        questionId,
        MARK,
      ),
  }),

  // learning-question-order
  define({
    module: "learning-question-order",
    write: "moveLearningQuestion",
    on: "pilot",
    action: "learningQuestion.moved",
    prepare: ({ db }) => ({
      questionId: titled(
        db,
        "learning_questions",
        "question",
        "Werkt eerst bellen ook bij ouderen zonder vaste telefoon?",
      ),
      input: moveSchema.parse({ direction: "up", scope: "all" }),
    }),
    run: ({ questionId, input }) => learningQuestionOrder.moveLearningQuestion({ questionId }, input),
    // It was third; the one above it (answered) does not move, so it passes the first.
    written: ({ db }, { questionId }) =>
      exists(db, "select 1 from learning_questions where id = ? and priority = 1", questionId),
  }),

  // lessons
  ...(["gemeente", ...BOTH] as const).map((on) =>
    define({
      module: "lessons",
      write: "createLesson",
      on,
      action: "lesson.created",
      prepare: ({ db }) => {
        const programme = on === "gemeente" ? null : programmeId(db, on);
        const input = lessonSchema.parse({
          title: MARK,
          body: "Wat we leerden.",
          programmeId: programme === null ? "" : String(programme),
        });
        return { programme, input };
      },
      run: ({ input }) => lessons.createLesson(input),
      written: ({ db, viewer }, { programme }) =>
        exists(
          db,
          "select 1 from lessons where title = ? and organisation_id = ? and programme_id is ?",
          MARK,
          viewer.organisationId,
          programme,
        ),
    }),
  ),
  ...(
    [
      ["pilot", "Oude contacten herstellen weegt zwaarder dan nieuwe maken"],
      ["gemeente", "Begin klein en laat zien wat het oplevert"],
    ] as const
  ).map(([on, title]) =>
    define({
      module: "lessons",
      write: "updateLesson",
      on,
      action: "lesson.updated",
      prepare: ({ db }) => {
        const lessonId = titled(db, "lessons", "title", title);
        const version = idOf(db, "select updated_at from lessons where id = ?", lessonId);
        return {
          lessonId,
          input: lessonEditSchema.parse({ title: MARK, body: "Anders gezegd.", version: String(version) }),
        };
      },
      run: ({ lessonId, input }) => lessons.updateLesson({ lessonId }, input),
      written: ({ db }, { lessonId }) => exists(db, "select 1 from lessons where id = ? and title = ?", lessonId, MARK),
    }),
  ),

  // page-changes
  ...(["gemeente", ...BOTH] as const).map((on) =>
    define({
      module: "page-changes",
      write: "createPage",
      on,
      action: "page.created",
      prepare: ({ db }) => {
        const programme = on === "gemeente" ? null : programmeId(db, on);
        const input = newPageSchema.parse({
          title: MARK,
          body: "Eerste versie.",
          programmeId: programme === null ? "" : String(programme),
        });
        return { programme, input };
      },
      run: ({ input }) => pageChanges.createPage(input),
      written: ({ db, viewer }, { programme }) =>
        exists(
          db,
          "select 1 from pages where title = ? and organisation_id = ? and programme_id is ?",
          MARK,
          viewer.organisationId,
          programme,
        ),
    }),
  ),
  ...(
    [
      ["pilot", "Werkafspraken pilot Samen minder eenzaam"],
      ["gemeente", "Zo werken wij impactgericht in Voorbeeld"],
    ] as const
  ).map(([on, title]) =>
    define({
      module: "page-changes",
      write: "updatePage",
      on,
      action: "page.updated",
      returns: "pageSave",
      prepare: ({ db }) => {
        const pageId = titled(db, "pages", "title", title);
        const version = idOf(db, "select version from pages where id = ?", pageId);
        const body = String(value(db, "select body from pages where id = ?", pageId));
        return { pageId, input: editPageSchema.parse({ title: MARK, body, baseVersion: String(version) }) };
      },
      run: ({ pageId, input }) => pageChanges.updatePage({ pageId }, input),
      written: ({ db }, { pageId, input }) =>
        exists(
          db,
          "select 1 from pages where id = ? and title = ? and version = ?",
          pageId,
          MARK,
          input.baseVersion + 1,
        ),
    }),
  ),
  define({
    module: "page-changes",
    write: "restorePageRevision",
    on: "pilot",
    action: "page.restored",
    prepare: ({ db }) => ({
      pageId: titled(db, "pages", "title", "Werkafspraken pilot Samen minder eenzaam"),
      input: restoreRevisionSchema.parse({ version: "1" }),
    }),
    run: ({ pageId, input }) => pageChanges.restorePageRevision({ pageId }, input),
    written: ({ db }, { pageId }) =>
      exists(db, "select 1 from page_revisions where page_id = ? and restored_from_version = 1", pageId),
  }),
  ...(
    [
      ["pilot", "Werkafspraken pilot Samen minder eenzaam"],
      ["gemeente", "Zo werken wij impactgericht in Voorbeeld"],
      ["Taalcafé", FIXTURE_PAGE],
    ] as const
  ).map(([on, title]) =>
    define({
      module: "page-changes",
      write: "addPageComment",
      on,
      action: "page.commented",
      prepare: ({ db }) => ({
        pageId: titled(db, "pages", "title", title),
        input: pageCommentSchema.parse({ body: MARK }),
      }),
      run: ({ pageId, input }) => pageChanges.addPageComment({ pageId }, input),
      written: ({ db }, { pageId }) =>
        exists(db, "select 1 from page_comments where page_id = ? and body = ?", pageId, MARK),
    }),
  ),

  // partners
  define({
    module: "partners",
    write: "createPartnerOrganisation",
    on: "gemeente",
    action: "partner.created",
    prepare: () => ({ input: partnerOrganisationSchema.parse({ name: MARK }) }),
    run: ({ input }) => partners.createPartnerOrganisation(input),
    written: ({ db, viewer }) =>
      exists(
        db,
        "select 1 from partner_organisations where name = ? and organisation_id = ?",
        MARK,
        viewer.organisationId,
      ),
  }),
  define({
    module: "partners",
    write: "updatePartnerOrganisation",
    on: "Buurtkracht",
    action: "partner.updated",
    prepare: ({ db }) => ({
      partnerId: titled(db, "partner_organisations", "name", "Stichting Buurtkracht"),
      input: partnerOrganisationSchema.parse({ name: "Stichting Buurtkracht", description: MARK }),
    }),
    run: ({ partnerId, input }) => partners.updatePartnerOrganisation({ partnerId }, input),
    written: ({ db }, { partnerId }) =>
      exists(db, "select 1 from partner_organisations where id = ? and description = ?", partnerId, MARK),
  }),

  // security-settings: requiring SSO needs a provider in the environment
  define({
    module: "security-settings",
    write: "setSsoRequired",
    on: "gemeente",
    action: "organisation.sso_required",
    prepare: ({ db, viewer }) => {
      Object.assign(process.env, {
        AUTH_OIDC_ISSUER: "https://login.example/tenant/v2.0",
        AUTH_OIDC_ID: "impactkoers",
        AUTH_OIDC_SECRET: "geheim",
      });
      return {
        input: ssoRequirementSchema.parse({
          requireSso: "true",
          version: versionOf(db, "organisations", viewer.organisationId),
        }),
      };
    },
    run: ({ input }) => securitySettings.setSsoRequired(input, { viaSso: true }),
    written: ({ db, viewer }) =>
      exists(db, "select 1 from organisations where id = ? and require_sso = 1", viewer.organisationId),
  }),

  // gemeente-settings: the gemeente's helpdesk, colour and logo, in the actor's own gemeente
  define({
    module: "gemeente-settings",
    write: "setHelpdesk",
    on: "gemeente",
    action: "organisation.helpdesk_updated",
    prepare: ({ db, viewer }) => ({
      input: helpdeskSchema.parse({
        helpdeskName: MARK,
        helpdeskEmail: "helpdesk@voorbeeld.example",
        helpdeskPhone: "14 020",
        helpdeskHours: "Op werkdagen van 9 tot 17 uur",
        version: versionOf(db, "organisations", viewer.organisationId),
      }),
    }),
    run: ({ input }) => gemeenteSettings.setHelpdesk(input),
    written: ({ db, viewer }) =>
      exists(db, "select 1 from organisations where id = ? and helpdesk_name = ?", viewer.organisationId, MARK),
  }),
  define({
    module: "gemeente-settings",
    write: "setBrandColour",
    on: "gemeente",
    action: "organisation.colour_changed",
    prepare: ({ db, viewer }) => ({
      input: brandColourSchema.parse({
        brandColour: "#8a1538",
        version: versionOf(db, "organisations", viewer.organisationId),
      }),
    }),
    run: ({ input }) => gemeenteSettings.setBrandColour(input),
    written: ({ db, viewer }) =>
      exists(db, "select 1 from organisations where id = ? and brand_colour = '#8a1538'", viewer.organisationId),
  }),
  define({
    module: "gemeente-settings",
    write: "setLogo",
    on: "gemeente",
    action: "organisation.logo_changed",
    prepare: () => ({ png: Buffer.from(MARK), width: 10, height: 10 }),
    run: (args) => gemeenteSettings.setLogo({ ...args, logoStamp: null }),
    written: ({ db, viewer }, { png }) =>
      exists(
        db,
        "select 1 from organisation_logos where organisation_id = ? and hex(png) = ?",
        viewer.organisationId,
        png.toString("hex").toUpperCase(),
      ),
  }),
  define({
    module: "gemeente-settings",
    write: "removeLogo",
    on: "gemeente",
    action: "organisation.logo_removed",
    // The actor's gemeente has a logo, put there as the upload would.
    prepare: ({ db, viewer }) => {
      const stamp = Date.UTC(2026, 0, 1);
      db.$client
        .prepare(
          "insert into organisation_logos (organisation_id, png, width, height, updated_at) values (?, ?, 1, 1, ?)",
        )
        .run(viewer.organisationId, Buffer.from(MARK), stamp);
      return { logoStamp: stamp };
    },
    run: (args) => gemeenteSettings.removeLogo(args),
    written: ({ db, viewer }) =>
      !exists(db, "select 1 from organisation_logos where organisation_id = ?", viewer.organisationId),
  }),

  // programme-cycle
  ...BOTH.map((on) =>
    define({
      module: "programme-cycle",
      write: "advancePhase",
      on,
      action: "cycle.phase_changed",
      prepare: ({ db }) => ({
        programmeId: programmeId(db, on),
        input: phaseChangeSchema.parse({ note: MARK, acknowledgeOpenItems: "on" }),
      }),
      run: ({ programmeId, input }) => programmeCycle.advancePhase({ programmeId }, input),
      written: ({ db }, { programmeId }) =>
        exists(db, "select 1 from phase_changes where programme_id = ? and note = ?", programmeId, MARK),
    }),
  ),

  // programmes
  define({
    module: "programmes",
    write: "createProgramme",
    on: "gemeente",
    action: "programme.created",
    // The actor owns it: beheerder and programmamanager may own a programme, in either gemeente.
    prepare: ({ viewer }) => ({
      input: programmeSchema.parse({
        name: MARK,
        kind: "project",
        societalChallenge: "Een nieuwe opgave.",
        ownerId: String(viewer.userId),
        status: "concept",
      }),
    }),
    run: ({ input }) => programmes.createProgramme(input),
    written: ({ db, viewer }) =>
      exists(db, "select 1 from programmes where name = ? and organisation_id = ?", MARK, viewer.organisationId),
  }),
  ...BOTH.map((on) =>
    define({
      module: "programmes",
      write: "updateProgramme",
      on,
      action: "programme.updated",
      prepare: ({ db }) => ({ programmeId: programmeId(db, on), input: programmeInput(db, on) }),
      run: ({ programmeId, input }) => programmes.updateProgramme({ programmeId }, input),
      written: ({ db }, { programmeId }) =>
        exists(db, "select 1 from programmes where id = ? and description = ?", programmeId, MARK),
    }),
  ),

  // reflections
  ...BOTH.map((on) =>
    define({
      module: "reflections",
      write: "createReflectionSession",
      on,
      action: "reflection.created",
      prepare: ({ db }) => ({
        programmeId: programmeId(db, on),
        input: reflectionSessionSchema.parse({ title: MARK, heldOn: "2030-01-15" }),
      }),
      run: ({ programmeId, input }) => reflections.createReflectionSession({ programmeId }, input),
      written: ({ db }, { programmeId }) =>
        exists(db, "select 1 from reflection_sessions where title = ? and programme_id = ?", MARK, programmeId),
    }),
  ),
  define({
    module: "reflections",
    write: "updateReflectionSession",
    on: "pilot",
    action: "reflection.updated",
    prepare: ({ db }) => {
      const sessionId = titled(db, "reflection_sessions", "title", SECOND_SESSION);
      const version = versionOf(db, "reflection_sessions", sessionId);
      return {
        programmeId: programmeId(db, "pilot"),
        sessionId,
        input: reflectionSessionEditSchema.parse({ title: MARK, heldOn: "2030-01-15", version }),
      };
    },
    run: ({ input, ...ids }) => reflections.updateReflectionSession(ids, input),
    written: ({ db }, { sessionId }) =>
      exists(db, "select 1 from reflection_sessions where id = ? and title = ?", sessionId, MARK),
  }),
  define({
    module: "reflections",
    write: "saveReflectionPrompts",
    on: "pilot",
    action: "reflection.prompts_saved",
    prepare: ({ db }) => {
      const sessionId = titled(db, "reflection_sessions", "title", SECOND_SESSION);
      const version = idOf(db, "select updated_at from reflection_sessions where id = ?", sessionId);
      return {
        programmeId: programmeId(db, "pilot"),
        sessionId,
        input: reflectionPromptsSchema.parse({ learned: MARK, version: String(version) }),
      };
    },
    run: ({ input, ...ids }) => reflections.saveReflectionPrompts(ids, input),
    written: ({ db }, { sessionId }) =>
      exists(db, "select 1 from reflection_sessions where id = ? and learned = ?", sessionId, MARK),
  }),

  // routes
  define({
    module: "routes",
    write: "recordDecision",
    on: "gemeente",
    action: "route.decided",
    // Confirmed as the person deciding saw it: the unfinished steps of the routes no longer chosen are archived.
    prepare: ({ db, viewer }) => ({
      input: decisionSchema.parse({ primaryRoute: "strategische-start", rationale: MARK }),
      archive: db.$client
        .prepare(
          "select id from roadmap_steps where organisation_id = ? and archived_at is null and status != 'klaar' and route != 'strategische-start'",
        )
        .pluck()
        .all(viewer.organisationId) as number[],
    }),
    run: ({ input, archive }) => routes.recordDecision(input, null, { archive, keep: [] }),
    written: ({ db, viewer }) =>
      exists(
        db,
        "select 1 from route_decisions where rationale = ? and organisation_id = ?",
        MARK,
        viewer.organisationId,
      ),
  }),
  define({
    module: "routes",
    write: "updateRoadmapStep",
    on: "gemeente",
    action: "roadmap.step_updated",
    prepare: ({ db }) => {
      const stepId = openStep(db);
      return {
        stepId,
        input: roadmapStepSchema.parse({
          status: "bezig",
          notes: MARK,
          version: versionOf(db, "roadmap_steps", stepId),
        }),
      };
    },
    run: ({ stepId, input }) => routes.updateRoadmapStep({ stepId }, input),
    written: ({ db }, { stepId }) => exists(db, "select 1 from roadmap_steps where id = ? and notes = ?", stepId, MARK),
  }),
  define({
    module: "routes",
    write: "setRoadmapStepStatus",
    on: "gemeente",
    action: "roadmap.step_status_changed",
    prepare: ({ db }) => {
      const stepId = openStep(db);
      return {
        stepId,
        input: roadmapStatusSchema.parse({ status: "bezig", version: versionOf(db, "roadmap_steps", stepId) }),
      };
    },
    run: ({ stepId, input }) => routes.setRoadmapStepStatus({ stepId }, input),
    written: ({ db }, { stepId }) =>
      exists(db, "select 1 from roadmap_steps where id = ? and status = 'bezig'", stepId),
  }),

  // studies
  ...BOTH.map((on) =>
    define({
      module: "studies",
      write: "createStudy",
      on,
      action: "study.created",
      prepare: ({ db }) => ({
        programmeId: programmeId(db, on),
        input: studySchema.parse({
          title: MARK,
          researchQuestion: "Werkt het?",
          method: "kwalitatief",
          status: "gepland",
          ownerId: String(userId(db, "manager@voorbeeld.example")),
        }),
      }),
      run: ({ programmeId, input }) => studies.createStudy({ programmeId }, input),
      written: ({ db }, { programmeId }) =>
        exists(db, "select 1 from studies where title = ? and programme_id = ?", MARK, programmeId),
    }),
  ),
  define({
    module: "studies",
    write: "updateStudy",
    on: "pilot",
    action: "study.updated",
    prepare: ({ db }) => {
      const studyId = titled(db, "studies", "title", "Eenzaamheid onder deelnemers: vragenlijst na zes maanden");
      return {
        programmeId: programmeId(db, "pilot"),
        studyId,
        input: studyEditSchema.parse({
          title: MARK,
          researchQuestion: "Voelen vaste deelnemers zich minder eenzaam?",
          method: "kwantitatief",
          status: "lopend",
          ownerId: String(userId(db, "team@voorbeeld.example")),
          version: versionOf(db, "studies", studyId),
        }),
      };
    },
    run: ({ input, ...ids }) => studies.updateStudy(ids, input),
    written: ({ db }, { studyId }) => exists(db, "select 1 from studies where id = ? and title = ?", studyId, MARK),
  }),

  // theory-of-change
  ...BOTH.map((on) =>
    define({
      module: "theory-of-change",
      write: "addTocElement",
      on,
      action: "toc.element_added",
      prepare: ({ db }) => ({
        programmeId: programmeId(db, on),
        input: tocElementSchema.parse({ level: "activiteit", title: MARK }),
      }),
      run: ({ programmeId, input }) => theoryOfChange.addTocElement({ programmeId }, input),
      written: ({ db }, { programmeId }) =>
        exists(db, "select 1 from toc_elements where title = ? and programme_id = ?", MARK, programmeId),
    }),
  ),
  define({
    module: "theory-of-change",
    write: "updateTocElement",
    on: "pilot",
    action: "toc.element_updated",
    prepare: ({ db }) => ({
      programmeId: programmeId(db, "pilot"),
      elementId: titled(db, "toc_elements", "title", "Maatjesproject met vrijwilligers uit de buurt"),
      input: tocElementSchema.parse({ level: "activiteit", title: MARK }),
    }),
    run: ({ input, ...ids }) => theoryOfChange.updateTocElement(ids, input),
    written: ({ db }, { elementId }) =>
      exists(db, "select 1 from toc_elements where id = ? and title = ?", elementId, MARK),
  }),
  define({
    module: "theory-of-change",
    write: "removeTocElement",
    on: "pilot",
    action: "toc.element_removed",
    // Added by the decided course correction; no link, indicator or assumption uses it.
    prepare: ({ db }) => ({
      programmeId: programmeId(db, "pilot"),
      elementId: titled(db, "toc_elements", "title", "Ouderen helpen oude contacten te herstellen"),
    }),
    run: (ids) => theoryOfChange.removeTocElement(ids),
    written: ({ db }, { elementId }) => !exists(db, "select 1 from toc_elements where id = ?", elementId),
  }),
  define({
    module: "theory-of-change",
    write: "addTocLink",
    on: "pilot",
    action: "toc.link_added",
    prepare: ({ db }) => {
      const input = tocLinkSchema.parse({
        fromElementId: String(titled(db, "toc_elements", "title", "Ouderen helpen oude contacten te herstellen")),
        toElementId: String(titled(db, "toc_elements", "title", "Ouderen hebben meer vaste sociale contacten")),
      });
      return { programmeId: programmeId(db, "pilot"), input };
    },
    run: ({ programmeId, input }) => theoryOfChange.addTocLink({ programmeId }, input),
    written: ({ db }, { input }) =>
      exists(
        db,
        "select 1 from toc_links where from_element_id = ? and to_element_id = ?",
        input.fromElementId,
        input.toElementId,
      ),
  }),
  define({
    module: "theory-of-change",
    write: "removeTocLink",
    on: "pilot",
    action: "toc.link_removed",
    // Maatjesproject → Maatjeskoppels gevormd: no assumption rests on it.
    prepare: ({ db }) => ({
      programmeId: programmeId(db, "pilot"),
      linkId: idOf(
        db,
        "select id from toc_links where from_element_id = ? and to_element_id = ?",
        titled(db, "toc_elements", "title", "Maatjesproject met vrijwilligers uit de buurt"),
        titled(db, "toc_elements", "title", "Maatjeskoppels gevormd"),
      ),
    }),
    run: (ids) => theoryOfChange.removeTocLink(ids),
    written: ({ db }, { linkId }) => !exists(db, "select 1 from toc_links where id = ?", linkId),
  }),

  // users
  define({
    module: "users",
    write: "createUser",
    on: "gemeente",
    action: "membership.invited",
    prepare: () => ({
      input: createUserSchema.parse({ role: "teamlid", name: MARK, email: "toegangsmatrix@example.org" }),
    }),
    run: ({ input }) => users.createUser(input),
    written: ({ db, viewer }) =>
      exists(
        db,
        "select 1 from memberships m join users u on u.id = m.user_id where u.email = 'toegangsmatrix@example.org' and m.organisation_id = ?",
        viewer.organisationId,
      ),
  }),
  define({
    module: "users",
    write: "changeRole",
    on: "team@voorbeeld",
    action: "membership.role_changed",
    prepare: ({ db }) => {
      const member = memberId(db, "team@voorbeeld.example");
      return {
        memberId: member,
        input: changeRoleSchema.parse({ role: "management", version: versionOf(db, "memberships", member) }),
      };
    },
    run: ({ memberId, input }) => users.changeRole({ memberId }, input),
    written: ({ db }, { memberId }) =>
      exists(db, "select 1 from memberships where id = ? and role = 'management'", memberId),
  }),
  define({
    module: "users",
    write: "setUserActive",
    on: "team@voorbeeld",
    action: "membership.deactivated",
    prepare: ({ db }) => {
      const member = memberId(db, "team@voorbeeld.example");
      return {
        memberId: member,
        input: userActiveSchema.parse({ active: "false", version: versionOf(db, "memberships", member) }),
      };
    },
    run: ({ memberId, input }) => users.setUserActive({ memberId }, input),
    written: ({ db }, { memberId }) => exists(db, "select 1 from memberships where id = ? and active = 0", memberId),
  }),
  define({
    module: "users",
    write: "resetPassword",
    on: "team@voorbeeld",
    action: "user.password_reset",
    prepare: ({ db }) => {
      const user = userId(db, "team@voorbeeld.example");
      return {
        memberId: memberId(db, "team@voorbeeld.example"),
        user,
        hash: String(value(db, "select password_hash from users where id = ?", user)),
      };
    },
    run: ({ memberId }) => users.resetPassword({ memberId }),
    written: ({ db }, { user, hash }) =>
      exists(db, "select 1 from users where id = ? and password_hash <> ?", user, hash),
  }),

  define({
    module: "anonymise",
    write: "anonymiseUser",
    on: "team@voorbeeld",
    action: "user.anonymised",
    prepare: ({ db }) => {
      const member = memberId(db, "team@voorbeeld.example");
      // Only a person deactivated everywhere can be anonymised: the demo team member works in Voorbeeld only.
      db.$client.prepare("update memberships set active = 0 where id = ?").run(member);
      return { memberId: member, user: userId(db, "team@voorbeeld.example") };
    },
    run: ({ memberId }) => anonymise.anonymiseUser({ memberId }),
    written: ({ db }, { user }) => exists(db, "select 1 from users where id = ? and anonymised_at is not null", user),
  }),

  // account: always the viewer's own.
  define({
    module: "account",
    write: "changeOwnPassword",
    on: "own account",
    action: "user.password_changed",
    prepare: ({ db, viewer }) => ({
      hash: String(value(db, "select password_hash from users where id = ?", viewer.userId)),
      input: changePasswordSchema.parse({
        currentPassword: DEMO_PASSWORD,
        newPassword: `${MARK}-nieuw-wachtwoord`,
        confirmPassword: `${MARK}-nieuw-wachtwoord`,
      }),
    }),
    run: ({ input }) => account.changeOwnPassword(input),
    written: ({ db, viewer }, { hash }) =>
      exists(db, "select 1 from users where id = ? and password_hash <> ?", viewer.userId, hash),
  }),
  define({
    module: "account",
    write: "setOwnLocale",
    on: "own account",
    action: "user.locale_changed",
    returns: "void",
    prepare: () => ({}),
    run: () => account.setOwnLocale("en"),
    written: ({ db, viewer }) => exists(db, "select 1 from users where id = ? and locale = 'en'", viewer.userId),
  }),
  define({
    module: "account",
    write: "setOwnGemeente",
    on: "own account",
    action: "auth.gemeente_chosen",
    returns: "boolean",
    prepare: () => ({}),
    run: (_args, { viewer }) => account.setOwnGemeente(viewer.organisationId),
    written: ({ db, viewer }) =>
      exists(db, "select 1 from users where id = ? and last_organisation_id = ?", viewer.userId, viewer.organisationId),
  }),
  define({
    module: "account",
    write: "recordSignOut",
    on: "own account",
    action: "auth.sign_out",
    returns: "void",
    prepare: () => ({}),
    run: () => account.recordSignOut(),
    // It writes nothing but its audit event.
    written: ({ db, viewer }) =>
      exists(db, "select 1 from audit_events where action = 'auth.sign_out' and actor_id = ?", viewer.userId),
  }),
  ...NOTIFICATION_CASES(),
  ...ARCHIVE_CASES,
  ...REPORTING_CASES,
  ...MFA_CASES,
  ...OPGAVEN_CASES,
  ...TRAINING_CASES,
  ...SUBSIDY_CASES,
  ...VERANDERPLAN_CASES,
  ...COACHING_CASES,
];

/** A notification of the viewer's own, unread, in their gemeente: what marking read works on. */
function ownNotification(db: AppDatabase, viewer: Viewer) {
  return idOf(
    db,
    `insert into notifications (organisation_id, user_id, kind, params, href, dedupe_key)
     values (?, ?, 'page_changed', '{}', '/pages', ?) returning id`,
    viewer.organisationId,
    viewer.userId,
    `${MARK}:${viewer.userId}`,
  );
}

/** Following pages, and a person's own notifications and their settings. */
function NOTIFICATION_CASES(): WriteCase[] {
  return [
    ...(
      [
        ["pilot", "Werkafspraken pilot Samen minder eenzaam"],
        ["gemeente", "Zo werken wij impactgericht in Voorbeeld"],
      ] as const
    ).map(([on, title]) =>
      define({
        module: "page-follows",
        write: "setPageFollow",
        on,
        action: "page.followed",
        prepare: ({ db }) => ({ pageId: titled(db, "pages", "title", title) }),
        run: ({ pageId }) => pageFollows.setPageFollow({ pageId }, true),
        written: ({ db, viewer }, { pageId }) =>
          exists(db, "select 1 from page_follows where page_id = ? and user_id = ?", pageId, viewer.userId),
      }),
    ),
    define({
      module: "notifications",
      write: "markNotificationRead",
      on: "own account",
      action: "notification.read",
      prepare: ({ db, viewer }) => ({ notificationId: ownNotification(db, viewer) }),
      run: ({ notificationId }) => notifications.markNotificationRead({ notificationId }),
      written: ({ db }, { notificationId }) =>
        exists(db, "select 1 from notifications where id = ? and read_at is not null", notificationId),
    }),
    define({
      module: "notifications",
      write: "markAllNotificationsRead",
      on: "own account",
      action: "notification.all_read",
      prepare: ({ db, viewer }) => ({ notificationId: ownNotification(db, viewer) }),
      run: () => notifications.markAllNotificationsRead(),
      written: ({ db }, { notificationId }) =>
        exists(db, "select 1 from notifications where id = ? and read_at is not null", notificationId),
    }),
    define({
      module: "notification-settings",
      write: "saveNotificationSettings",
      on: "own account",
      action: "user.notification_settings_changed",
      prepare: () => ({}),
      // E-mail can be chosen only where a mail server is configured.
      run: async () => {
        process.env.SMTP_HOST = "127.0.0.1";
        process.env.SMTP_FROM = "impactkoers@voorbeeld.example";
        try {
          return await notificationSettings.saveNotificationSettings({ emailMode: "daily", version: 1 });
        } finally {
          delete process.env.SMTP_HOST;
          delete process.env.SMTP_FROM;
        }
      },
      written: ({ db, viewer }) =>
        exists(db, "select 1 from notification_settings where user_id = ? and email_mode = 'daily'", viewer.userId),
    }),
  ];
}
