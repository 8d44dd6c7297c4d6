// The access matrix: every write of the data layer, run as each of six demo accounts on a fresh copy of the demo
// database. An allowed write returns ok, writes its rows and audits them as the actor in the actor's gemeente. A
// refused write returns { ok: false, error: "forbidden" | "notFound" }, changes nothing, and leaves exactly one
// "access.refused" event in the actor's own gemeente. The table below is written out by hand from today's rules
// (docs/permissions.md and the behaviour of the modules): change one rule in the kernel and this suite says so.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";

type Actor = "beheerder" | "programmamanager" | "management" | "teamlid" | "partner" | "testdorp";
type Expectation = { write: string; on: string; allowed: readonly Actor[]; notFound: readonly Actor[] };

// Who may do what. Every actor not `allowed` is refused: "notFound" when named under `notFound`, else "forbidden".
// pilot: "Samen minder eenzaam in Oost" — programmamanager owns it, teamlid is on its team, Stichting Buurtkracht
//   (the partner's organisation) takes part in it.
// Taalcafé: "Taalcafé voor nieuwkomers" — owned by the adviser; programmamanager and teamlid are not on its team,
//   Buurtkracht does not take part.
// gemeente: a record of the gemeente as a whole; a create lands in the actor's own gemeente (Testdorp's beheerder
//   creates in Testdorp); an existing record is Voorbeeld's.
// other partner: a report of a second partner organisation in the pilot (reporting fixtures); no demo account
//   works for it.
// testdorp: the beheerder of Gemeente Testdorp, calling with Voorbeeld's ids.
const EDIT_PILOT = { allowed: ["beheerder", "programmamanager"], notFound: ["testdorp"] } as const;
const EDIT_TAALCAFE = { allowed: ["beheerder"], notFound: ["partner", "testdorp"] } as const;
const CONTRIBUTE_PILOT = { allowed: ["beheerder", "programmamanager", "teamlid"], notFound: ["testdorp"] } as const;
const CONTRIBUTE_TAALCAFE = { allowed: ["beheerder"], notFound: ["partner", "testdorp"] } as const;
const GEMEENTE_PEOPLE = ["beheerder", "programmamanager", "management", "teamlid"] as const;
const OWN_REPORT = { allowed: ["partner"], notFound: ["testdorp"] } as const;
const OTHER_PARTNERS_REPORT = { allowed: [], notFound: ["partner", "testdorp"] } as const;
const OPGAVEN_MANAGERS = ["beheerder", "programmamanager", "management"] as const;
const EVERYONE = ["beheerder", "programmamanager", "management", "teamlid", "partner", "testdorp"] as const;

const MATRIX: Expectation[] = [
  // action-items: programme.contribute
  { write: "addActionItem", on: "pilot", ...CONTRIBUTE_PILOT },
  { write: "completeActionItem", on: "pilot", ...CONTRIBUTE_PILOT },
  { write: "carryOverActionItem", on: "pilot", ...CONTRIBUTE_PILOT },
  // action-items: actionItems.completeOwn, on one's own action point (whoever reads the programme, a partner too)
  { write: "completeOwnActionItem", on: "pilot", allowed: [...GEMEENTE_PEOPLE, "partner"], notFound: ["testdorp"] },
  { write: "completeOwnActionItem", on: "Taalcafé", allowed: [...GEMEENTE_PEOPLE], notFound: ["partner", "testdorp"] },
  // api-keys: apiKeys.manage
  { write: "createApiKey", on: "gemeente", allowed: ["beheerder", "testdorp"], notFound: [] },
  { write: "revokeApiKey", on: "gemeente", allowed: ["beheerder"], notFound: ["testdorp"] },
  // archive: archiving and restoring take what editing the record takes; deleting also that one made it (or the
  // beheerder), all fixtures being the programme manager's, made a moment ago
  ...(["archive", "restore", "delete"] as const).flatMap((verb): Expectation[] => [
    { write: `${verb}Programme`, on: verb === "restore" ? "archived programme" : "new programme", ...EDIT_PILOT },
    { write: `${verb}Indicator`, on: "pilot", ...EDIT_PILOT },
    { write: `${verb}Hypothesis`, on: "pilot", ...EDIT_PILOT },
    { write: `${verb}Assumption`, on: "pilot", ...EDIT_PILOT },
    { write: `${verb}Study`, on: "pilot", ...EDIT_PILOT },
    {
      write: `${verb}Page`,
      on: "pilot",
      allowed: verb === "delete" ? ["beheerder", "programmamanager"] : [...GEMEENTE_PEOPLE, "partner" as const],
      notFound: ["testdorp"],
    },
    {
      write: `${verb}Lesson`,
      on: "pilot",
      allowed: verb === "delete" ? ["beheerder", "programmamanager"] : [...GEMEENTE_PEOPLE],
      notFound: ["testdorp"],
    },
  ]),
  {
    write: "archiveRoadmapStep",
    on: "gemeente",
    allowed: ["beheerder", "programmamanager", "management"],
    notFound: ["testdorp"],
  },
  {
    write: "restoreRoadmapStep",
    on: "gemeente",
    allowed: ["beheerder", "programmamanager", "management"],
    notFound: ["testdorp"],
  },
  // assumptions: programme.edit
  { write: "createAssumption", on: "pilot", ...EDIT_PILOT },
  { write: "createAssumption", on: "Taalcafé", ...EDIT_TAALCAFE },
  { write: "updateAssumption", on: "pilot", ...EDIT_PILOT },
  { write: "changeAssumptionStatus", on: "pilot", ...EDIT_PILOT },
  // correction-changes: proposing and carrying out is programme.edit, deciding correction.decide
  { write: "proposeCorrection", on: "pilot", ...EDIT_PILOT },
  { write: "proposeCorrection", on: "Taalcafé", ...EDIT_TAALCAFE },
  { write: "decideCorrection", on: "pilot", allowed: ["beheerder", "management"], notFound: ["testdorp"] },
  { write: "markCorrectionImplemented", on: "pilot", ...EDIT_PILOT },
  // evidence-trail: programme.edit
  { write: "updateAssumptionFromFinding", on: "pilot", ...EDIT_PILOT },
  // findings: programme.contribute
  { write: "createFinding", on: "pilot", ...CONTRIBUTE_PILOT },
  { write: "updateFinding", on: "pilot", ...CONTRIBUTE_PILOT },
  // hypotheses: programme.edit
  { write: "createHypothesis", on: "pilot", ...EDIT_PILOT },
  { write: "createHypothesis", on: "Taalcafé", ...EDIT_TAALCAFE },
  { write: "updateHypothesis", on: "pilot", ...EDIT_PILOT },
  // indicators: defining is programme.edit, measuring programme.measure
  { write: "createIndicator", on: "pilot", ...EDIT_PILOT },
  { write: "createIndicator", on: "Taalcafé", ...EDIT_TAALCAFE },
  { write: "updateIndicator", on: "pilot", ...EDIT_PILOT },
  { write: "addMeasurement", on: "pilot", ...CONTRIBUTE_PILOT },
  { write: "addMeasurement", on: "Taalcafé", ...CONTRIBUTE_TAALCAFE },
  { write: "importMeasurements", on: "pilot", ...CONTRIBUTE_PILOT },
  // measurements: correcting and withdrawing, programme.measure as adding one
  { write: "correctMeasurement", on: "pilot", ...CONTRIBUTE_PILOT },
  { write: "withdrawMeasurement", on: "pilot", ...CONTRIBUTE_PILOT },
  // learning questions: learningQuestions.manage (beheerder, programmamanager, management, on any programme they
  // can read); a partner does not see gemeente-wide questions at all
  {
    write: "createLearningQuestion",
    on: "gemeente",
    allowed: ["beheerder", "programmamanager", "management", "testdorp"],
    notFound: [],
  },
  {
    write: "createLearningQuestion",
    on: "pilot",
    allowed: ["beheerder", "programmamanager", "management"],
    notFound: ["testdorp"],
  },
  {
    write: "createLearningQuestion",
    on: "Taalcafé",
    allowed: ["beheerder", "programmamanager", "management"],
    notFound: ["partner", "testdorp"],
  },
  {
    write: "updateLearningQuestion",
    on: "pilot",
    allowed: ["beheerder", "programmamanager", "management"],
    notFound: ["testdorp"],
  },
  {
    write: "updateLearningQuestion",
    on: "gemeente",
    allowed: ["beheerder", "programmamanager", "management"],
    notFound: ["partner", "testdorp"],
  },
  {
    write: "answerLearningQuestion",
    on: "pilot",
    allowed: ["beheerder", "programmamanager", "management"],
    notFound: ["testdorp"],
  },
  {
    write: "moveLearningQuestion",
    on: "pilot",
    allowed: ["beheerder", "programmamanager", "management"],
    notFound: ["testdorp"],
  },
  // lessons: lessons.write (everyone of the gemeente, never a partner); a partner reads only its programmes' lessons
  { write: "createLesson", on: "gemeente", allowed: [...GEMEENTE_PEOPLE, "testdorp"], notFound: [] },
  { write: "createLesson", on: "pilot", allowed: [...GEMEENTE_PEOPLE], notFound: ["testdorp"] },
  { write: "createLesson", on: "Taalcafé", allowed: [...GEMEENTE_PEOPLE], notFound: ["partner", "testdorp"] },
  { write: "updateLesson", on: "pilot", allowed: [...GEMEENTE_PEOPLE], notFound: ["testdorp"] },
  { write: "updateLesson", on: "gemeente", allowed: [...GEMEENTE_PEOPLE], notFound: ["partner", "testdorp"] },
  // pages: pages.write (everyone of the gemeente; a partner on the programmes it takes part in)
  { write: "createPage", on: "gemeente", allowed: [...GEMEENTE_PEOPLE, "testdorp"], notFound: [] },
  { write: "createPage", on: "pilot", allowed: [...GEMEENTE_PEOPLE, "partner"], notFound: ["testdorp"] },
  { write: "createPage", on: "Taalcafé", allowed: [...GEMEENTE_PEOPLE], notFound: ["partner", "testdorp"] },
  { write: "updatePage", on: "pilot", allowed: [...GEMEENTE_PEOPLE, "partner"], notFound: ["testdorp"] },
  { write: "updatePage", on: "gemeente", allowed: [...GEMEENTE_PEOPLE], notFound: ["partner", "testdorp"] },
  { write: "restorePageRevision", on: "pilot", allowed: [...GEMEENTE_PEOPLE, "partner"], notFound: ["testdorp"] },
  { write: "addPageComment", on: "pilot", allowed: [...GEMEENTE_PEOPLE, "partner"], notFound: ["testdorp"] },
  { write: "addPageComment", on: "gemeente", allowed: [...GEMEENTE_PEOPLE], notFound: ["partner", "testdorp"] },
  { write: "addPageComment", on: "Taalcafé", allowed: [...GEMEENTE_PEOPLE], notFound: ["partner", "testdorp"] },
  // partners: partners.manage
  { write: "createPartnerOrganisation", on: "gemeente", allowed: ["beheerder", "testdorp"], notFound: [] },
  { write: "updatePartnerOrganisation", on: "Buurtkracht", allowed: ["beheerder"], notFound: ["testdorp"] },
  // security-settings: security.manage, on the beheerder's own gemeente
  { write: "setSsoRequired", on: "gemeente", allowed: ["beheerder", "testdorp"], notFound: [] },
  // gemeente-settings: gemeente.manage, on the beheerder's own gemeente
  { write: "setHelpdesk", on: "gemeente", allowed: ["beheerder", "testdorp"], notFound: [] },
  { write: "setBrandColour", on: "gemeente", allowed: ["beheerder", "testdorp"], notFound: [] },
  { write: "setLogo", on: "gemeente", allowed: ["beheerder", "testdorp"], notFound: [] },
  { write: "removeLogo", on: "gemeente", allowed: ["beheerder", "testdorp"], notFound: [] },
  // programme-cycle: programme.edit
  { write: "advancePhase", on: "pilot", ...EDIT_PILOT },
  { write: "advancePhase", on: "Taalcafé", ...EDIT_TAALCAFE },
  // programmes: starting one is programme.create, changing one programme.edit
  {
    write: "createProgramme",
    on: "gemeente",
    allowed: ["beheerder", "programmamanager", "testdorp"],
    notFound: [],
  },
  { write: "updateProgramme", on: "pilot", ...EDIT_PILOT },
  { write: "updateProgramme", on: "Taalcafé", ...EDIT_TAALCAFE },
  // reflections: programme.contribute
  { write: "createReflectionSession", on: "pilot", ...CONTRIBUTE_PILOT },
  { write: "createReflectionSession", on: "Taalcafé", ...CONTRIBUTE_TAALCAFE },
  { write: "updateReflectionSession", on: "pilot", ...CONTRIBUTE_PILOT },
  { write: "saveReflectionPrompts", on: "pilot", ...CONTRIBUTE_PILOT },
  // routes: route.decide, roadmap.update
  { write: "recordDecision", on: "gemeente", allowed: ["beheerder", "management", "testdorp"], notFound: [] },
  {
    write: "updateRoadmapStep",
    on: "gemeente",
    allowed: ["beheerder", "programmamanager", "management"],
    notFound: ["testdorp"],
  },
  {
    write: "setRoadmapStepStatus",
    on: "gemeente",
    allowed: ["beheerder", "programmamanager", "management"],
    notFound: ["testdorp"],
  },
  // studies: programme.edit
  { write: "createStudy", on: "pilot", ...EDIT_PILOT },
  { write: "createStudy", on: "Taalcafé", ...EDIT_TAALCAFE },
  { write: "updateStudy", on: "pilot", ...EDIT_PILOT },
  // theory-of-change: programme.edit
  { write: "addTocElement", on: "pilot", ...EDIT_PILOT },
  { write: "addTocElement", on: "Taalcafé", ...EDIT_TAALCAFE },
  { write: "updateTocElement", on: "pilot", ...EDIT_PILOT },
  { write: "removeTocElement", on: "pilot", ...EDIT_PILOT },
  { write: "addTocLink", on: "pilot", ...EDIT_PILOT },
  { write: "removeTocLink", on: "pilot", ...EDIT_PILOT },
  // users: users.manage
  { write: "createUser", on: "gemeente", allowed: ["beheerder", "testdorp"], notFound: [] },
  { write: "changeRole", on: "team@voorbeeld", allowed: ["beheerder"], notFound: ["testdorp"] },
  { write: "setUserActive", on: "team@voorbeeld", allowed: ["beheerder"], notFound: ["testdorp"] },
  { write: "resetPassword", on: "team@voorbeeld", allowed: ["beheerder"], notFound: ["testdorp"] },
  // anonymise: users.anonymise, for a person deactivated in every gemeente
  { write: "anonymiseUser", on: "team@voorbeeld", allowed: ["beheerder"], notFound: ["testdorp"] },
  // account: one's own, always
  { write: "changeOwnPassword", on: "own account", allowed: [...EVERYONE], notFound: [] },
  { write: "setOwnLocale", on: "own account", allowed: [...EVERYONE], notFound: [] },
  { write: "setOwnGemeente", on: "own account", allowed: [...EVERYONE], notFound: [] },
  { write: "recordSignOut", on: "own account", allowed: [...EVERYONE], notFound: [] },
  // page-follows: whoever may read a page (pages.read) may follow it
  { write: "setPageFollow", on: "pilot", allowed: [...GEMEENTE_PEOPLE, "partner"], notFound: ["testdorp"] },
  { write: "setPageFollow", on: "gemeente", allowed: [...GEMEENTE_PEOPLE], notFound: ["partner", "testdorp"] },
  // reporting-setup and reopening: reporting.manage (the beheerder; a programme manager of the programme's team)
  { write: "assignIndicators", on: "pilot", ...EDIT_PILOT },
  { write: "assignIndicators", on: "Taalcafé", ...EDIT_TAALCAFE },
  { write: "endAssignment", on: "pilot", ...EDIT_PILOT },
  { write: "createReportingPeriods", on: "pilot", ...EDIT_PILOT },
  { write: "createReportingPeriod", on: "pilot", ...EDIT_PILOT },
  { write: "createReportingPeriod", on: "Taalcafé", ...EDIT_TAALCAFE },
  { write: "deleteReportingPeriod", on: "pilot", ...EDIT_PILOT },
  { write: "reopenSubmission", on: "pilot", ...EDIT_PILOT },
  // a partner's report: reporting.submit, and only its own organisation's (another partner's does not exist for it)
  ...[
    "saveSubmissionValue",
    "removeSubmissionValue",
    "saveSubmissionNarrative",
    "addSubmissionInsight",
    "updateSubmissionInsight",
    "removeSubmissionInsight",
    "addSubmissionDocument",
    "removeSubmissionDocument",
    "submitSubmission",
  ].map((write) => ({ write, on: "pilot", ...OWN_REPORT })),
  { write: "saveSubmissionValue", on: "other partner", ...OTHER_PARTNERS_REPORT },
  { write: "submitSubmission", on: "other partner", ...OTHER_PARTNERS_REPORT },
  // review: reporting.review (the beheerder; a programme manager or teamlid of the programme's team)
  { write: "sendBackSubmission", on: "pilot", ...CONTRIBUTE_PILOT },
  { write: "sendBackSubmission", on: "Taalcafé", ...CONTRIBUTE_TAALCAFE },
  { write: "approveSubmission", on: "pilot", ...CONTRIBUTE_PILOT },
  { write: "approveSubmission", on: "Taalcafé", ...CONTRIBUTE_TAALCAFE },
  // notifications and their settings: one's own, always
  { write: "markNotificationRead", on: "own account", allowed: [...EVERYONE], notFound: [] },
  { write: "markAllNotificationsRead", on: "own account", allowed: [...EVERYONE], notFound: [] },
  { write: "saveNotificationSettings", on: "own account", allowed: [...EVERYONE], notFound: [] },
  // mfa: one's own authenticator app, always
  { write: "startMfaSetup", on: "own account", allowed: [...EVERYONE], notFound: [] },
  { write: "confirmMfaSetup", on: "own account", allowed: [...EVERYONE], notFound: [] },
  { write: "renewRecoveryCodes", on: "own account", allowed: [...EVERYONE], notFound: [] },
  { write: "turnOffMfa", on: "own account", allowed: [...EVERYONE], notFound: [] },
  // mfa-setting: security.manage
  { write: "setMfaRequired", on: "gemeente", allowed: ["beheerder", "testdorp"], notFound: [] },
  // member-mfa: resetting someone's app is users.manage
  { write: "resetMemberMfa", on: "team@voorbeeld", allowed: ["beheerder"], notFound: ["testdorp"] },
  // opgaven and strategic sessions: opgaven.manage (beheerder, programmamanager, management); linking a programme to
  // an opgave changes the programme: programme.edit
  { write: "createOpgave", on: "gemeente", allowed: [...OPGAVEN_MANAGERS, "testdorp"], notFound: [] },
  ...["updateOpgave", "archiveOpgave", "restoreOpgave", "addOpgaveFigure", "removeOpgaveFigure"].map((write) => ({
    write,
    on: "gemeente",
    allowed: OPGAVEN_MANAGERS,
    notFound: ["testdorp"] as const,
  })),
  { write: "setProgrammeOpgave", on: "pilot", ...EDIT_PILOT },
  { write: "createStrategicSession", on: "gemeente", allowed: [...OPGAVEN_MANAGERS, "testdorp"], notFound: [] },
  ...[
    "updateStrategicSession",
    "addSessionOpgave",
    "saveSessionRanking",
    "addSessionIdea",
    "addSessionAgreement",
    "processSessionOutcomes",
  ].map((write) => ({ write, on: "gemeente", allowed: OPGAVEN_MANAGERS, notFound: ["testdorp"] as const })),
  // closing and opening again the participants' own entry of rankings: the facilitator, opgaven.manage
  ...["endSessionRankings", "reopenSessionRankings"].map((write) => ({
    write,
    on: "gemeente",
    allowed: OPGAVEN_MANAGERS,
    notFound: ["testdorp"] as const,
  })),
  // a participant's own ranking: strategicSessions.rankOwn, only for whoever takes part (the manager as a person, the
  // partner through its organisation); whoever reads the session without taking part is refused
  { write: "saveOwnSessionRanking", on: "gemeente", allowed: ["programmamanager", "partner"], notFound: ["testdorp"] },
  // the veranderplan of an opgave, its milestones and agreed effects: opgaven.manage
  ...[
    "saveChangePlan",
    "addMilestone",
    "changeMilestone",
    "archiveMilestone",
    "createAgreedEffect",
    "correctAgreedEffect",
    "archiveAgreedEffect",
    "restoreAgreedEffect",
  ].map((write) => ({ write, on: "gemeente", allowed: OPGAVEN_MANAGERS, notFound: ["testdorp"] as const })),
  // learning tracks: starting one is learningTracks.create; changing one, its participants and sessions is
  // learningTracks.manage: the beheerder and the track's trainer (the programme manager on the pilot track, the team
  // member on the workshop track). A partner that does not take part does not see the track.
  {
    write: "createLearningTrack",
    on: "gemeente",
    allowed: ["beheerder", "programmamanager", "management", "testdorp"],
    notFound: [],
  },
  ...(["updateLearningTrack", "createTrainingSession"] as const).flatMap((write): Expectation[] => [
    { write, on: "pilot track", allowed: ["beheerder", "programmamanager"], notFound: ["partner", "testdorp"] },
    { write, on: "workshop track", allowed: ["beheerder", "teamlid"], notFound: ["testdorp"] },
  ]),
  ...(["archiveLearningTrack", "restoreLearningTrack", "addTrackParticipant", "updateTrainingSession"] as const).map(
    (write): Expectation => ({
      write,
      on: "pilot track",
      allowed: ["beheerder", "programmamanager"],
      notFound: ["partner", "testdorp"],
    }),
  ),
  // maturity scans: maturityScans.take; a partner only for its own organisation
  { write: "recordMaturityScan", on: "gemeente", allowed: [...GEMEENTE_PEOPLE, "testdorp"], notFound: [] },
  { write: "recordMaturityScan", on: "Buurtkracht", allowed: [...GEMEENTE_PEOPLE, "partner"], notFound: ["testdorp"] },
  { write: "recordMaturityScan", on: "Taalhuis", allowed: [...GEMEENTE_PEOPLE], notFound: ["testdorp"] },
  // subsidiekaders: subsidies.manage (beheerder, programmamanager, management); applying to an open framework is
  // subsidies.apply (a partner for its own organisation, the gemeente on a partner's behalf); deciding is
  // subsidies.decide (management and the beheerder)
  { write: "createSubsidyFramework", on: "gemeente", allowed: [...OPGAVEN_MANAGERS, "testdorp"], notFound: [] },
  ...["updateSubsidyFramework", "archiveSubsidyFramework"].map((write) => ({
    write,
    on: "subsidy framework",
    allowed: OPGAVEN_MANAGERS,
    notFound: ["testdorp"] as const,
  })),
  {
    write: "restoreSubsidyFramework",
    on: "archived subsidy framework",
    allowed: OPGAVEN_MANAGERS,
    notFound: ["testdorp"],
  },
  {
    write: "createSubsidyApplication",
    on: "subsidy framework",
    allowed: [...OPGAVEN_MANAGERS, "partner"],
    notFound: ["testdorp"],
  },
  {
    write: "decideSubsidyApplication",
    on: "subsidy framework",
    allowed: ["beheerder", "management"],
    notFound: ["testdorp"],
  },
  // withdrawing a pending application is subsidies.apply on the application: the partner for its own organisation,
  // the gemeente on a partner's behalf
  {
    write: "withdrawSubsidyApplication",
    on: "subsidy framework",
    allowed: [...OPGAVEN_MANAGERS, "partner"],
    notFound: ["testdorp"],
  },
  // coaching: coaching.manage (the coach, the beheerder); an action is marked done by its owner (the programme
  // manager, also the coach here) or the beheerder. A partner that does not take part does not see the track.
  ...(
    ["createCoachingConversation", "updateCoachingConversation", "addCoachingAction", "completeCoachingAction"] as const
  ).map(
    (write): Expectation => ({
      write,
      on: "pilot track",
      allowed: ["beheerder", "programmamanager"],
      notFound: ["partner", "testdorp"],
    }),
  ),
  // reflection: only a participant answers (the team member); the trainer, the beheerder and management read the
  // answers and keep one as a lesson.
  { write: "answerTrackReflection", on: "pilot track", allowed: ["teamlid"], notFound: ["partner", "testdorp"] },
  {
    write: "promoteReflectionAnswer",
    on: "pilot track",
    allowed: ["beheerder", "programmamanager", "management"],
    notFound: ["partner", "testdorp"],
  },
  // the trainer's judgement of the goals is changing the track: learningTracks.manage
  {
    write: "judgeTrackGoals",
    on: "pilot track",
    allowed: ["beheerder", "programmamanager"],
    notFound: ["partner", "testdorp"],
  },
];

const ACCOUNTS: Record<Actor, string> = {
  beheerder: "beheerder@voorbeeld.example",
  programmamanager: "manager@voorbeeld.example",
  management: "management@voorbeeld.example",
  teamlid: "team@voorbeeld.example",
  partner: "partner@voorbeeld.example",
  testdorp: "beheerder@testdorp.example",
};
const ACTORS = Object.keys(ACCOUNTS) as Actor[];

// Only the identity of the viewer is mocked; every permission decision is the real kernel's.
const current = vi.hoisted(() => ({ viewer: undefined as Viewer | undefined }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/viewer", async () => {
  const requireViewer = async (): Promise<Viewer> => {
    if (!current.viewer) throw new Error("no actor chosen");
    return current.viewer;
  };
  return {
    ACTIVE_ORGANISATION_COOKIE: "ik_gemeente",
    // No browser session in these tests: signing out ends no session row.
    currentSessionToken: async () => undefined,
    // The signed-in account behind the viewer, read as the app reads it.
    getAccount: async () => {
      const { loadViewerRecord } = await import("@/db/queries/viewer");
      return current.viewer ? loadViewerRecord(current.viewer.userId) : null;
    },
    getViewer: async () => current.viewer ?? null,
    requireViewer,
  };
});

// In memory where the system offers it: every write syncs to disk (synchronous = FULL), a tmpfs makes that free.
const directory = fs.mkdtempSync(path.join(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "access-matrix-"));
const pristine = path.join(directory, "pristine.db");
process.env.DATABASE_URL = path.join(directory, "unused.db");

const { openDatabase } = await import("../client");
const { runMigrations } = await import("../migrate");
const { seedDemo } = await import("../seed");
const { getDb } = await import("../index");
const { ForbiddenError, NotFoundError } = await import("../errors");
const { demoViewer } = await import("./demo-viewer");
const { CASES, MODULES, NOT_A_WRITE, addMatrixFixtures } = await import("./access-matrix.cases");

const globalForDb = globalThis as unknown as { impactkoersDb?: AppDatabase };
const viewers = {} as Record<Actor, Viewer>;

beforeAll(async () => {
  const db = openDatabase(pristine);
  runMigrations(db);
  await seedDemo(db);
  addMatrixFixtures(db);
  for (const actor of ACTORS) {
    const viewer = demoViewer(db, ACCOUNTS[actor]);
    const { organisationId, organisationName, role, partnerOrganisationId } = viewer;
    viewers[actor] = { ...viewer, memberships: [{ organisationId, organisationName, role, partnerOrganisationId }] };
  }
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
});

afterAll(() => {
  closeConnection();
  fs.rmSync(directory, { recursive: true, force: true });
});

function closeConnection() {
  const db = globalForDb.impactkoersDb;
  if (!db) return;
  db.$client.close();
  globalForDb.impactkoersDb = undefined;
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${db.$client.name}${suffix}`, { force: true });
}

let copies = 0;
/** A fresh copy of the pristine demo database, as the connection db/index.ts hands out. */
function freshDatabase(): AppDatabase {
  closeConnection();
  copies += 1;
  const file = path.join(directory, `case-${copies}.db`);
  fs.copyFileSync(pristine, file);
  process.env.DATABASE_URL = file;
  return getDb();
}

/** Per table (but the audit trail): how many rows, and a hash of all of them. */
function contents(db: AppDatabase): Record<string, string> {
  const names = db.$client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  const result: Record<string, string> = {};
  for (const name of names) {
    if (name === "audit_events") continue;
    const rows = db.$client.prepare(`select * from "${name}"`).raw().all();
    result[name] = `${rows.length} rows, ${createHash("sha1").update(JSON.stringify(rows)).digest("hex")}`;
  }
  return result;
}

const lastAuditId = (db: AppDatabase) =>
  Number(db.$client.prepare("select coalesce(max(id), 0) from audit_events").pluck().get());

const auditSince = (db: AppDatabase, id: number) =>
  db.$client
    .prepare(
      "select organisation_id as organisationId, actor_id as actorId, action from audit_events where id > ? order by id",
    )
    .all(id) as { organisationId: number | null; actorId: number | null; action: string }[];

/** What the write answered; a refusal it threw (a module not on the write path yet) shows as `thrown`. */
async function attempt(run: () => Promise<unknown>) {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return { thrown: error.name };
    throw error;
  }
}

/** An allowed write's answer as a MutationResult: page saves, void and yes/no writes answer in their own shape. */
function asResult(outcome: unknown, returns: "result" | "pageSave" | "void" | "boolean" = "result") {
  if (returns === "void" && outcome === undefined) return { ok: true };
  if (returns === "boolean" && typeof outcome === "boolean") return { ok: outcome };
  if (returns === "pageSave" && typeof outcome === "object" && outcome !== null && "outcome" in outcome) {
    return { ok: outcome.outcome === "saved", value: outcome };
  }
  return outcome;
}

const key = (write: string, on: string) => `${write} on ${on}`;
const expectations = new Map(MATRIX.map((row) => [key(row.write, row.on), row]));

describe("the access matrix", () => {
  it("has one row per write case, and a case for every write the data layer exports", () => {
    const cases = CASES.map((c) => key(c.write, c.on));
    expect([...expectations.keys()].sort()).toEqual([...cases].sort());
    expect(new Set(cases).size).toBe(cases.length);
    const isWrite =
      /^(create|update|delete|remove|add|move|decide|restore|change|set|reset|record|mark|complete|carryOver|answer|propose|save|advance|import|invite|accept|decline|revoke|withdraw|archive|correct|assign|end|submit|sendBack|approve|reopen|start|confirm|renew|turnOff|anonymise|process|promote|judge)[A-Z]/;
    const covered = new Set(CASES.map((c) => `${c.module}.${c.write}`));
    const exported = Object.entries(MODULES).flatMap(([module, exports]) =>
      Object.entries(exports)
        .filter(([name, value]) => typeof value === "function" && isWrite.test(name) && !NOT_A_WRITE.includes(name))
        .map(([name]) => `${module}.${name}`),
    );
    expect(exported.filter((name) => !covered.has(name))).toEqual([]);
    expect([...covered].filter((name) => !exported.includes(name))).toEqual([]);
  });
});

const RUNS = CASES.flatMap((writeCase) => {
  const expected = expectations.get(key(writeCase.write, writeCase.on));
  return ACTORS.map((actor) => {
    const outcome = expected?.allowed.includes(actor)
      ? ("allowed" as const)
      : expected?.notFound.includes(actor)
        ? ("notFound" as const)
        : ("forbidden" as const);
    const title = `${writeCase.write} on ${writeCase.on} as ${actor} ${outcome === "allowed" ? "is allowed" : `is refused (${outcome})`}`;
    return { title, writeCase, actor, outcome };
  });
});

describe.each(Object.keys(MODULES))("%s", (module) => {
  const runs = RUNS.filter((run) => run.writeCase.module === module).map((run) => [run.title, run] as const);
  it.each(runs)("%s", async (_title, { writeCase, actor, outcome }) => {
    const db = freshDatabase();
    const viewer = viewers[actor];
    const ctx = { db, viewer };
    current.viewer = viewer;
    const args = writeCase.prepare(ctx);
    expect(writeCase.written(ctx, args), "the probe finds the write before it ran").toBe(false);
    const before = outcome === "allowed" ? {} : contents(db);
    const auditBefore = lastAuditId(db);

    const answer = await attempt(() => writeCase.run(args, ctx));
    const events = auditSince(db, auditBefore);

    if (outcome === "allowed") {
      expect(asResult(answer, writeCase.returns)).toMatchObject({ ok: true });
      expect(writeCase.written(ctx, args), "the write's rows are there").toBe(true);
      expect(events.map((e) => e.action)).toContain(writeCase.action);
      for (const event of events) {
        expect(event).toEqual({ organisationId: viewer.organisationId, actorId: viewer.userId, action: event.action });
        expect(event.action).not.toBe("access.refused");
      }
    } else {
      expect.soft(answer).toEqual({ ok: false, error: outcome });
      expect.soft(contents(db), "nothing changed").toEqual(before);
      expect
        .soft(events, "only the refused attempt is audited")
        .toEqual([{ organisationId: viewer.organisationId, actorId: viewer.userId, action: "access.refused" }]);
    }
  });
});
