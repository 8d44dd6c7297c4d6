// Records for the end-to-end tests, written straight into the database the test server uses. Each function inserts
// the rows the data layer would insert for the same change, in one transaction with the same audit event, so the
// application cannot tell a fixture from a record a user made. Nothing here checks permissions: the callers are tests.
import { and, eq, isNull, max } from "drizzle-orm";
import type {
  AssumptionStatus,
  Criticality,
  IndicatorDirection,
  ProgrammeKind,
  ProgrammeStatus,
} from "../lib/domain/constants";
import type { Agenda } from "../lib/domain/reflection";
import { recordAudit } from "./audit";
import type { AppDatabase } from "./client";
import {
  actionItems,
  assumptions,
  correctionReasons,
  correctionTransitions,
  courseCorrections,
  hypotheses,
  indicators,
  learningQuestions,
  measurements,
  memberships,
  organisations,
  partnerOrganisations,
  programmeMembers,
  programmePartners,
  programmes,
  reflectionSessions,
  reportingAssignments,
  reportingPeriods,
  studies,
  submissions,
  submissionTransitions,
  submissionValues,
  users,
  userTotp,
} from "./schema";

type Tx = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];

// The test server writes to the same file. A transaction that reads before it writes takes the write lock first, so
// the server's commits in between cannot make its snapshot stale (SQLITE_BUSY); busy_timeout waits for the lock.
const IMMEDIATE = { behavior: "immediate" } as const;

/** A programme made by a fixture: where it is, and who acts for it (its owner) in later fixtures. */
export type FixtureProgramme = { id: number; organisationId: number; ownerId: number; round: number };

function organisationId(tx: Tx, name: string) {
  const row = tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)).get();
  if (!row) throw new Error(`fixtures: no gemeente named ${name}`);
  return row.id;
}

/** A member of the gemeente, by e-mail address. */
function memberId(tx: Tx, organisation: number, email: string) {
  const row = tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(users.email, email), eq(memberships.organisationId, organisation)))
    .get();
  if (!row) throw new Error(`fixtures: ${email} is no member of gemeente ${organisation}`);
  return row.id;
}

function partnerId(tx: Tx, organisation: number, name: string) {
  const row = tx
    .select({ id: partnerOrganisations.id })
    .from(partnerOrganisations)
    .where(and(eq(partnerOrganisations.organisationId, organisation), eq(partnerOrganisations.name, name)))
    .get();
  if (!row) throw new Error(`fixtures: no partner organisation named ${name}`);
  return row.id;
}

export type ProgrammeFixture = {
  gemeente: string;
  name: string;
  societalChallenge: string;
  /** E-mail addresses: the owner (who also "made" it in the audit trail), the team. */
  owner: string;
  team: string[];
  /** Names of partner organisations of the gemeente. */
  partners: string[];
  kind?: ProgrammeKind;
  status?: ProgrammeStatus;
  route?: string | null;
  description?: string;
  startDate?: string | null;
  endDate?: string | null;
};

/** A programme with its team and partners, as `createProgramme` of the data layer writes it. */
export function createProgramme(db: AppDatabase, input: ProgrammeFixture): FixtureProgramme {
  return db.transaction((tx) => {
    const organisation = organisationId(tx, input.gemeente);
    const ownerId = memberId(tx, organisation, input.owner);
    const teamMemberIds = input.team.map((email) => memberId(tx, organisation, email));
    const partnerIds = input.partners.map((name) => partnerId(tx, organisation, name));
    const fields = {
      name: input.name,
      kind: input.kind ?? "pilot",
      societalChallenge: input.societalChallenge,
      route: input.route ?? null,
      description: input.description ?? "",
      ownerId,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      budgetCents: null,
      status: input.status ?? "lopend",
    };
    const { id } = tx
      .insert(programmes)
      .values({ organisationId: organisation, ...fields })
      .returning({ id: programmes.id })
      .get();
    for (const userId of teamMemberIds) {
      tx.insert(programmeMembers).values({ organisationId: organisation, programmeId: id, userId }).run();
    }
    for (const partnerOrganisationId of partnerIds) {
      tx.insert(programmePartners)
        .values({ organisationId: organisation, programmeId: id, partnerOrganisationId })
        .run();
    }
    recordAudit(tx, {
      organisationId: organisation,
      actorId: ownerId,
      programmeId: id,
      action: "programme.created",
      entityType: "programme",
      entityId: id,
      summary: input.name,
      after: { ...fields, teamMemberIds, partnerIds },
    });
    return { id, organisationId: organisation, ownerId, round: 1 };
  }, IMMEDIATE);
}

export type IndicatorFixture = {
  name: string;
  unit: string;
  direction?: IndicatorDirection;
  baseline: { value: number; date: string };
  target: { value: number; date: string };
  source?: string;
  /** Added one by one by the owner, as the measurement form adds them. */
  measurements?: { measuredOn: string; value: number; note?: string }[];
};

/** An indicator and its measurements, as `createIndicator` and `addMeasurement` write them. */
export function addIndicator(db: AppDatabase, programme: FixtureProgramme, input: IndicatorFixture) {
  return db.transaction((tx) => {
    const fields = {
      name: input.name,
      unit: input.unit,
      direction: input.direction ?? "hoger",
      baselineValue: input.baseline.value,
      baselineDate: input.baseline.date,
      targetValue: input.target.value,
      targetDate: input.target.date,
      source: input.source ?? "",
      frequency: "maandelijks" as const,
      contribution: "bijdrage" as const,
      tocElementId: null,
      hypothesisId: null,
    };
    const { id } = tx
      .insert(indicators)
      .values({ organisationId: programme.organisationId, programmeId: programme.id, ...fields })
      .returning({ id: indicators.id })
      .get();
    const actor = { organisationId: programme.organisationId, actorId: programme.ownerId, programmeId: programme.id };
    recordAudit(tx, {
      ...actor,
      action: "indicator.created",
      entityType: "indicator",
      entityId: id,
      summary: input.name,
      after: fields,
    });
    for (const measurement of input.measurements ?? []) {
      const row = { measuredOn: measurement.measuredOn, value: measurement.value, note: measurement.note ?? "" };
      const added = tx
        .insert(measurements)
        .values({ organisationId: programme.organisationId, indicatorId: id, enteredById: programme.ownerId, ...row })
        .returning({ id: measurements.id })
        .get();
      recordAudit(tx, {
        ...actor,
        action: "measurement.added",
        entityType: "measurement",
        entityId: added.id,
        summary: `${input.name}: ${row.value} (${row.measuredOn})`,
        after: row,
      });
    }
    return { id };
  }, IMMEDIATE);
}

/** A hypothesis ("als wij … dan … voor … omdat …"), as `createHypothesis` writes it without theory-of-change links. */
export function addHypothesis(
  db: AppDatabase,
  programme: FixtureProgramme,
  input: { activity: string; change: string; targetGroup: string; mechanism: string },
) {
  return db.transaction((tx) => {
    const fields = { ...input, notes: "", status: "open" as const };
    const { id } = tx
      .insert(hypotheses)
      .values({ organisationId: programme.organisationId, programmeId: programme.id, ...fields })
      .returning({ id: hypotheses.id })
      .get();
    recordAudit(tx, {
      organisationId: programme.organisationId,
      actorId: programme.ownerId,
      programmeId: programme.id,
      action: "hypothesis.created",
      entityType: "hypothesis",
      entityId: id,
      summary: `${input.activity} → ${input.change}`,
      after: { ...fields, elementIds: [] },
    });
    return { id };
  }, IMMEDIATE);
}

/** An assumption under nothing in particular, as `createAssumption` writes it: untested until its status changes. */
export function addAssumption(
  db: AppDatabase,
  programme: FixtureProgramme,
  input: { statement: string; criticality: Criticality; testPlan?: string },
) {
  return db.transaction((tx) => {
    const fields = {
      statement: input.statement,
      hypothesisId: null,
      tocLinkId: null,
      criticality: input.criticality,
      testPlan: input.testPlan ?? "",
    };
    const { id } = tx
      .insert(assumptions)
      .values({ organisationId: programme.organisationId, programmeId: programme.id, ...fields })
      .returning({ id: assumptions.id })
      .get();
    recordAudit(tx, {
      organisationId: programme.organisationId,
      actorId: programme.ownerId,
      programmeId: programme.id,
      action: "assumption.created",
      entityType: "assumption",
      entityId: id,
      summary: input.statement,
      after: fields,
    });
    return { id, status: "ongetoetst" as AssumptionStatus };
  }, IMMEDIATE);
}

/** A running study without reports, owned by the programme's owner, as `createStudy` writes it. */
export function addStudy(
  db: AppDatabase,
  programme: FixtureProgramme,
  input: { title: string; researchQuestion: string },
) {
  return db.transaction((tx) => {
    const fields = {
      title: input.title,
      researchQuestion: input.researchQuestion,
      method: "kwalitatief" as const,
      startDate: null,
      endDate: null,
      status: "lopend" as const,
      ownerId: programme.ownerId,
      summary: "",
      evidenceStrength: null,
    };
    const round =
      tx.select({ round: programmes.round }).from(programmes).where(eq(programmes.id, programme.id)).get()?.round ?? 1;
    const { id } = tx
      .insert(studies)
      .values({ organisationId: programme.organisationId, programmeId: programme.id, round, ...fields })
      .returning({ id: studies.id })
      .get();
    recordAudit(tx, {
      organisationId: programme.organisationId,
      actorId: programme.ownerId,
      programmeId: programme.id,
      action: "study.created",
      entityType: "study",
      entityId: id,
      summary: input.title,
      after: { ...fields, reports: [] },
    });
    return { id };
  }, IMMEDIATE);
}

/** An open learning question of the programme, last in the gemeente's backlog, as the form adds one. */
export function addLearningQuestion(db: AppDatabase, programme: FixtureProgramme, input: { question: string }) {
  return db.transaction((tx) => {
    const last = tx
      .select({ priority: max(learningQuestions.priority) })
      .from(learningQuestions)
      .where(eq(learningQuestions.organisationId, programme.organisationId))
      .get();
    const fields = {
      question: input.question,
      whyItMatters: "",
      approach: "gesprekken" as const,
      programmeId: programme.id,
      ownerId: programme.ownerId,
      dueDate: null,
    };
    const { id } = tx
      .insert(learningQuestions)
      .values({ organisationId: programme.organisationId, ...fields, priority: (last?.priority ?? 0) + 1 })
      .returning({ id: learningQuestions.id })
      .get();
    recordAudit(tx, {
      organisationId: programme.organisationId,
      actorId: programme.ownerId,
      programmeId: programme.id,
      action: "learningQuestion.created",
      entityType: "learning_question",
      entityId: id,
      summary: input.question,
      after: { ...fields, followUpOfId: null },
    });
    return { id };
  }, IMMEDIATE);
}

/**
 * A reflection session of the programme with one open action point, as the session form and its action form write
 * them. The owner is a member of the gemeente by e-mail address (a partner too, as the action form allows).
 */
export function addActionItem(
  db: AppDatabase,
  programme: FixtureProgramme,
  input: { description: string; owner: string; dueDate: string | null; heldOn?: string },
) {
  return db.transaction((tx) => {
    const heldOn = input.heldOn ?? "2026-01-20";
    const title = `Reflectie ${heldOn}`;
    const agenda: Agenda = {
      version: 1,
      preparedOn: heldOn,
      openActions: [],
      assumptions: [],
      indicators: [],
      learningQuestions: [],
    };
    const session = tx
      .insert(reflectionSessions)
      .values({
        organisationId: programme.organisationId,
        programmeId: programme.id,
        title,
        heldOn,
        agenda,
        createdById: programme.ownerId,
      })
      .returning({ id: reflectionSessions.id })
      .get();
    const actor = { organisationId: programme.organisationId, actorId: programme.ownerId, programmeId: programme.id };
    recordAudit(tx, {
      ...actor,
      action: "reflection.created",
      entityType: "reflection_session",
      entityId: session.id,
      summary: `${title} (${heldOn})`,
      after: { title, heldOn, guests: "", participantIds: [], agenda },
    });
    const fields = {
      description: input.description,
      ownerId: memberId(tx, programme.organisationId, input.owner),
      dueDate: input.dueDate,
    };
    const { id } = tx
      .insert(actionItems)
      .values({ organisationId: programme.organisationId, programmeId: programme.id, sessionId: session.id, ...fields })
      .returning({ id: actionItems.id })
      .get();
    recordAudit(tx, {
      ...actor,
      action: "actionItem.created",
      entityType: "action_item",
      entityId: id,
      summary: `${title}: ${input.description}`,
      after: fields,
    });
    return { id, sessionId: session.id };
  }, IMMEDIATE);
}

/**
 * A course correction the programme's owner proposed `daysAgo` days ago, waiting for a decision, with the
 * programme's indicator as its reason when given: as `proposeCorrection` writes it, without a change to the theory
 * of change.
 */
export function addCorrection(
  db: AppDatabase,
  programme: FixtureProgramme,
  input: { title: string; daysAgo?: number; indicatorId?: number },
) {
  return db.transaction((tx) => {
    const at = new Date(Date.now() - (input.daysAgo ?? 0) * 86_400_000);
    const fields = {
      title: input.title,
      whatChanges: "Naast de ochtend komt er een middag met activiteiten buiten.",
      why: "Het aantal deelnemers daalt al drie maanden.",
      decisionLevel: "mt" as const,
      tocChange: null,
    };
    const round =
      tx.select({ round: programmes.round }).from(programmes).where(eq(programmes.id, programme.id)).get()?.round ?? 1;
    const { id } = tx
      .insert(courseCorrections)
      .values({
        organisationId: programme.organisationId,
        programmeId: programme.id,
        round,
        ...fields,
        proposedById: programme.ownerId,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: courseCorrections.id })
      .get();
    if (input.indicatorId !== undefined) {
      tx.insert(correctionReasons)
        .values({ organisationId: programme.organisationId, correctionId: id, indicatorId: input.indicatorId })
        .run();
    }
    tx.insert(correctionTransitions)
      .values({
        organisationId: programme.organisationId,
        correctionId: id,
        fromStatus: null,
        toStatus: "voorgesteld",
        changedById: programme.ownerId,
        changedAt: at,
      })
      .run();
    recordAudit(tx, {
      organisationId: programme.organisationId,
      actorId: programme.ownerId,
      programmeId: programme.id,
      action: "correction.proposed",
      entityType: "course_correction",
      entityId: id,
      summary: input.title,
      after: { decisionLevel: fields.decisionLevel, tocChange: null },
    });
    return { id };
  }, IMMEDIATE);
}

export type ReportingPeriodFixture = {
  /** The partner organisation that reports, by name; Stichting Buurtkracht by default. */
  partner?: string;
  /** The indicators it reports on: assigned to it unless they already are. */
  indicatorIds: number[];
  startsOn: string;
  endsOn: string;
  dueOn: string;
  /**
   * A report handed in by this partner user (e-mail address) for the period, one value per indicator, waiting for
   * review; none when left out.
   */
  submitted?: { by: string; values: { indicatorId: number; value: number; measuredOn?: string }[]; wentWell?: string };
};

/**
 * A reporting period of a partner, with its indicators assigned, as `assignIndicators` and `createReportingPeriod`
 * write them; with `submitted`, also the partner's report as `saveSubmissionValue` and `submitSubmission` leave it.
 */
export function addReportingPeriod(db: AppDatabase, programme: FixtureProgramme, input: ReportingPeriodFixture) {
  return db.transaction((tx) => {
    const organisationId = programme.organisationId;
    const partner = partnerId(tx, organisationId, input.partner ?? "Stichting Buurtkracht");
    const actor = { organisationId, actorId: programme.ownerId, programmeId: programme.id };
    const live = tx
      .select({ indicatorId: reportingAssignments.indicatorId })
      .from(reportingAssignments)
      .where(and(eq(reportingAssignments.partnerOrganisationId, partner), isNull(reportingAssignments.endedAt)))
      .all()
      .map((row) => row.indicatorId);
    const fresh = input.indicatorIds.filter((id) => !live.includes(id));
    for (const indicatorId of fresh) {
      tx.insert(reportingAssignments)
        .values({
          organisationId,
          programmeId: programme.id,
          indicatorId,
          partnerOrganisationId: partner,
          createdById: programme.ownerId,
        })
        .run();
    }
    if (fresh.length) {
      recordAudit(tx, {
        ...actor,
        action: "reporting.indicators_assigned",
        entityType: "partner_organisation",
        entityId: partner,
        summary: `${input.partner ?? "Stichting Buurtkracht"}: ${fresh.length} indicatoren`,
        after: { indicatorIds: fresh },
      });
    }
    const { startsOn, endsOn, dueOn } = input;
    const period = tx
      .insert(reportingPeriods)
      .values({
        organisationId,
        programmeId: programme.id,
        partnerOrganisationId: partner,
        startsOn,
        endsOn,
        dueOn,
        createdById: programme.ownerId,
      })
      .returning({ id: reportingPeriods.id })
      .get();
    recordAudit(tx, {
      ...actor,
      action: "reporting.period_created",
      entityType: "partner_organisation",
      entityId: partner,
      summary: `${input.partner ?? "Stichting Buurtkracht"}: ${startsOn} – ${endsOn}`,
      after: { startsOn, endsOn, dueOn },
    });
    if (!input.submitted) return { periodId: period.id, submissionId: null };
    const by = memberId(tx, organisationId, input.submitted.by);
    const submission = tx
      .insert(submissions)
      .values({
        organisationId,
        programmeId: programme.id,
        partnerOrganisationId: partner,
        periodId: period.id,
        status: "ingediend",
        wentWell: input.submitted.wentWell ?? "",
        submittedAt: new Date(),
        submittedById: by,
        version: 1 + input.submitted.values.length,
      })
      .returning({ id: submissions.id })
      .get();
    for (const value of input.submitted.values) {
      tx.insert(submissionValues)
        .values({
          organisationId,
          submissionId: submission.id,
          indicatorId: value.indicatorId,
          measuredOn: value.measuredOn ?? endsOn,
          value: value.value,
        })
        .run();
    }
    tx.insert(submissionTransitions)
      .values({
        organisationId,
        submissionId: submission.id,
        fromStatus: "concept",
        toStatus: "ingediend",
        changedById: by,
      })
      .run();
    recordAudit(tx, {
      organisationId,
      actorId: by,
      programmeId: programme.id,
      action: "submission.submitted",
      entityType: "submission",
      entityId: submission.id,
      summary: `${input.partner ?? "Stichting Buurtkracht"}: ${startsOn} – ${endsOn}`,
      before: { status: "concept" },
      after: { status: "ingediend" },
    });
    return { periodId: period.id, submissionId: submission.id };
  }, IMMEDIATE);
}

/**
 * A decision on a course correction that waits for one (made by `addCorrection`, without a change to the theory of
 * change), as `decideCorrection` writes it: taken now by the member with this e-mail address.
 */
export function decideCorrection(
  db: AppDatabase,
  programme: FixtureProgramme,
  input: { correctionId: number; decision: "besloten" | "afgewezen"; by: string; note?: string },
) {
  return db.transaction((tx) => {
    const at = new Date();
    const by = memberId(tx, programme.organisationId, input.by);
    const note = input.note ?? "";
    const row = tx
      .select({ title: courseCorrections.title, version: courseCorrections.version })
      .from(courseCorrections)
      .where(and(eq(courseCorrections.id, input.correctionId), eq(courseCorrections.programmeId, programme.id)))
      .get();
    if (!row) throw new Error(`no correction ${input.correctionId} in programme ${programme.id}`);
    tx.update(courseCorrections)
      .set({
        status: input.decision,
        rejectionReason: input.decision === "afgewezen" ? note : "",
        version: row.version + 1,
        updatedAt: at,
      })
      .where(eq(courseCorrections.id, input.correctionId))
      .run();
    tx.insert(correctionTransitions)
      .values({
        organisationId: programme.organisationId,
        correctionId: input.correctionId,
        fromStatus: "voorgesteld",
        toStatus: input.decision,
        note,
        changedById: by,
        changedAt: at,
      })
      .run();
    recordAudit(tx, {
      organisationId: programme.organisationId,
      actorId: by,
      programmeId: programme.id,
      action: input.decision === "besloten" ? "correction.decided" : "correction.rejected",
      entityType: "course_correction",
      entityId: input.correctionId,
      summary: row.title,
      before: { status: "voorgesteld" },
      after: { status: input.decision, note },
    });
  }, IMMEDIATE);
}

/**
 * A gemeente of its own with a beheerder (signed in with `passwordHash`'s password) and three audit events, the second
 * of which is then changed around the append-only trigger, as someone with the database file could. The trigger is
 * dropped and put back in one transaction, so no other connection ever sees the table without it.
 */
export function gemeenteWithChangedLog(db: AppDatabase, input: { name: string; email: string; passwordHash: string }) {
  const slug = input.name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const ids = db.transaction((tx) => {
    const organisationId = tx
      .insert(organisations)
      .values({ slug, name: input.name })
      .returning({ id: organisations.id })
      .get().id;
    const userId = tx
      .insert(users)
      .values({ email: input.email, name: `Beheerder ${input.name}`, passwordHash: input.passwordHash })
      .returning({ id: users.id })
      .get().id;
    tx.insert(memberships).values({ userId, organisationId, role: "beheerder", acceptedAt: new Date() }).run();
    for (const summary of ["eerste", "tweede", "derde"]) {
      recordAudit(tx, {
        organisationId,
        actorId: userId,
        action: "user.created",
        entityType: "user",
        entityId: userId,
        summary,
      });
    }
    return { organisationId, userId };
  });
  const changed = Number(
    db.$client
      .prepare("select id from audit_events where organisation_id = ? and summary = 'tweede'")
      .pluck()
      .get(ids.organisationId),
  );
  db.$client.exec(`begin immediate;
    drop trigger audit_events_no_update;
    update audit_events set summary = 'anders' where id = ${changed};
    create trigger audit_events_no_update before update on audit_events
    begin select raise(abort, 'audit_events is append-only'); end;
    commit;`);
  return { ...ids, changedId: changed };
}

/**
 * A person of the gemeente made for one test, as inviting (createUser) and accepting (answerInvitation) write it: an
 * accepted, active membership, invited by the gemeente's first beheerder. Signs in with `passwordHash`'s password.
 */
export function addPerson(
  db: AppDatabase,
  input: {
    gemeente: string;
    name: string;
    email: string;
    passwordHash: string;
    role?: "programmamanager" | "management" | "teamlid";
  },
) {
  const role = input.role ?? "teamlid";
  return db.transaction((tx) => {
    const organisation = organisationId(tx, input.gemeente);
    const beheerder = tx
      .select({ id: memberships.userId })
      .from(memberships)
      .where(
        and(
          eq(memberships.organisationId, organisation),
          eq(memberships.role, "beheerder"),
          eq(memberships.active, true),
        ),
      )
      .orderBy(memberships.id)
      .get();
    if (!beheerder) throw new Error(`fixtures: gemeente ${input.gemeente} has no beheerder`);
    const userId = tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash: input.passwordHash })
      .returning({ id: users.id })
      .get().id;
    const memberId = tx
      .insert(memberships)
      .values({ userId, organisationId: organisation, role, acceptedAt: new Date(), invitedName: input.name })
      .returning({ id: memberships.id })
      .get().id;
    recordAudit(tx, {
      organisationId: organisation,
      actorId: beheerder.id,
      action: "membership.invited",
      entityType: "membership",
      entityId: memberId,
      summary: `${input.name} (${input.email}): ${role}`,
      after: { role, partnerOrganisationId: null },
    });
    recordAudit(tx, {
      organisationId: organisation,
      actorId: userId,
      action: "membership.accepted",
      entityType: "membership",
      entityId: memberId,
      summary: input.gemeente,
    });
    return { userId, memberId };
  }, IMMEDIATE);
}

/**
 * Gives the account an authenticator app with this secret, set up and confirmed as the account page would: it signs in
 * with the app's codes from now on.
 */
export function giveAuthenticatorApp(db: AppDatabase, email: string, secret: string) {
  db.transaction((tx) => {
    const user = tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, email)).get();
    if (!user) throw new Error(`no account ${email}`);
    tx.insert(userTotp)
      .values({ userId: user.id, secret, confirmedAt: new Date() })
      .onConflictDoUpdate({ target: userTotp.userId, set: { secret, confirmedAt: new Date(), lastUsedStep: null } })
      .run();
    recordAudit(tx, {
      organisationId: null,
      actorId: user.id,
      action: "user.mfa_enabled",
      entityType: "user",
      entityId: user.id,
      summary: user.name,
    });
  }, IMMEDIATE);
}

/**
 * A gemeente of its own with a beheerder and a teamlid, both signing in with `passwordHash`'s password. The beheerder
 * has an authenticator app with `totpSecret`; the teamlid has none.
 */
export function gemeenteWithBeheerderAndMember(
  db: AppDatabase,
  input: {
    name: string;
    beheerder: { email: string; name: string };
    member: { email: string; name: string };
    passwordHash: string;
    totpSecret: string;
  },
) {
  const slug = input.name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const organisationId = db.transaction((tx) => {
    const id = tx.insert(organisations).values({ slug, name: input.name }).returning({ id: organisations.id }).get().id;
    recordAudit(tx, {
      organisationId: id,
      actorId: null,
      action: "organisation.created",
      entityType: "organisation",
      entityId: id,
      summary: input.name,
    });
    for (const [person, role] of [
      [input.beheerder, "beheerder"],
      [input.member, "teamlid"],
    ] as const) {
      const userId = tx
        .insert(users)
        .values({ email: person.email, name: person.name, passwordHash: input.passwordHash })
        .returning({ id: users.id })
        .get().id;
      tx.insert(memberships).values({ userId, organisationId: id, role, acceptedAt: new Date() }).run();
      recordAudit(tx, {
        organisationId: id,
        actorId: null,
        action: "user.created",
        entityType: "user",
        entityId: userId,
        summary: `${person.name} (${person.email}): ${role}`,
      });
    }
    return id;
  }, IMMEDIATE);
  giveAuthenticatorApp(db, input.beheerder.email, input.totpSecret);
  return { organisationId };
}

/**
 * A gemeente of its own with one beheerder (signing in with `passwordHash`'s password and a code of an authenticator
 * app with `totpSecret`), for a test that changes
 * gemeente-wide settings no other test may see change (its look, its helpdesk).
 */
export function addGemeente(
  db: AppDatabase,
  input: { name: string; email: string; passwordHash: string; totpSecret: string },
) {
  const slug = input.name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const ids = db.transaction((tx) => {
    const organisationId = tx
      .insert(organisations)
      .values({ slug, name: input.name })
      .returning({ id: organisations.id })
      .get().id;
    const userId = tx
      .insert(users)
      .values({ email: input.email, name: `Beheerder ${input.name}`, passwordHash: input.passwordHash })
      .returning({ id: users.id })
      .get().id;
    tx.insert(memberships).values({ userId, organisationId, role: "beheerder", acceptedAt: new Date() }).run();
    recordAudit(tx, {
      organisationId,
      actorId: userId,
      action: "organisation.created",
      entityType: "organisation",
      entityId: organisationId,
      summary: input.name,
    });
    return { organisationId, userId };
  }, IMMEDIATE);
  giveAuthenticatorApp(db, input.email, input.totpSecret);
  return ids;
}

/**
 * An opgave of the programme's gemeente with one gezamenlijk afgesproken effect measured by the indicator: what a
 * subsidy framework of a test funds. Plain SQL, written as the veranderplan writes it.
 */
export function addAgreedEffect(
  db: AppDatabase,
  programme: FixtureProgramme,
  input: { opgave: string; description: string; indicatorId: number },
) {
  return db.transaction(() => {
    const createdById = programme.ownerId;
    const opgaveId = Number(
      db.$client
        .prepare("insert into opgaven (organisation_id, title, description, created_by_id) values (?, ?, ?, ?)")
        .run(programme.organisationId, input.opgave, "Een opgave van één end-to-end-test.", createdById)
        .lastInsertRowid,
    );
    const effectId = Number(
      db.$client
        .prepare(
          `insert into agreed_effects (organisation_id, opgave_id, indicator_id, description, baseline_value, baseline_date,
           target_value, target_date, created_by_id) values (?, ?, ?, ?, 10, '2026-01-01', 40, '2031-12-31', ?)`,
        )
        .run(programme.organisationId, opgaveId, input.indicatorId, input.description, createdById).lastInsertRowid,
    );
    return { opgaveId, effectId };
  }, IMMEDIATE);
}

/**
 * A planned strategic session of Gemeente Voorbeeld, planned by the programme manager: the manager takes part as a
 * person and Stichting Buurtkracht as an organisation; the opgaven named are proposals of the test's own.
 */
export function addStrategicSession(db: AppDatabase, input: { title: string; items: string[] }) {
  return db.transaction(() => {
    const one = (sql: string, ...params: (string | number)[]) =>
      db.$client
        .prepare(sql)
        .pluck()
        .get(...params) as number;
    const organisationId = one("select id from organisations where slug = 'voorbeeld'");
    const managerId = one("select id from users where email = 'manager@voorbeeld.example'");
    const buurtkracht = one(
      "select id from partner_organisations where organisation_id = ? and name = 'Stichting Buurtkracht'",
      organisationId,
    );
    const sessionId = Number(
      db.$client
        .prepare(
          "insert into strategic_sessions (organisation_id, title, held_on, created_by_id) values (?, ?, '2026-12-15', ?)",
        )
        .run(organisationId, input.title, managerId).lastInsertRowid,
    );
    const participant = db.$client.prepare(
      "insert into strategic_session_participants (organisation_id, session_id, user_id, partner_organisation_id) values (?, ?, ?, ?)",
    );
    participant.run(organisationId, sessionId, managerId, null);
    participant.run(organisationId, sessionId, null, buurtkracht);
    const item = db.$client.prepare(
      "insert into strategic_session_opgaven (organisation_id, session_id, title, description) values (?, ?, ?, '')",
    );
    for (const title of input.items) item.run(organisationId, sessionId, title);
    return { sessionId };
  }, IMMEDIATE);
}

/**
 * An open subsidy framework of the programme's gemeente funding one agreed effect, made by management, with a pending
 * application of Stichting Buurtkracht contributing to that effect.
 */
export function addSubsidyFrameworkWithApplication(
  db: AppDatabase,
  programme: FixtureProgramme,
  input: { name: string; effectId: number; plan: string },
) {
  return db.transaction(() => {
    const one = (sql: string, ...params: (string | number)[]) =>
      db.$client
        .prepare(sql)
        .pluck()
        .get(...params) as number;
    const organisationId = programme.organisationId;
    const createdById = one("select id from users where email = 'management@voorbeeld.example'");
    const buurtkracht = one(
      "select id from partner_organisations where organisation_id = ? and name = 'Stichting Buurtkracht'",
      organisationId,
    );
    const frameworkId = Number(
      db.$client
        .prepare(
          `insert into subsidy_frameworks (organisation_id, name, budget, starts_on, ends_on, criteria, status, created_by_id)
           values (?, ?, 100000, '2032-01-01', '2032-12-31', 'Ouderen ontmoeten elkaar.', 'open', ?)`,
        )
        .run(organisationId, input.name, createdById).lastInsertRowid,
    );
    db.$client
      .prepare(
        "insert into subsidy_framework_effects (organisation_id, framework_id, agreed_effect_id) values (?, ?, ?)",
      )
      .run(organisationId, frameworkId, input.effectId);
    const applicationId = Number(
      db.$client
        .prepare(
          `insert into subsidy_applications (organisation_id, framework_id, partner_organisation_id, requested_amount, plan,
           submitted_by_id) values (?, ?, ?, 20000, ?, ?)`,
        )
        .run(organisationId, frameworkId, buurtkracht, input.plan, createdById).lastInsertRowid,
    );
    db.$client
      .prepare(
        "insert into subsidy_application_effects (organisation_id, application_id, agreed_effect_id, target) values (?, ?, ?, 10)",
      )
      .run(organisationId, applicationId, input.effectId);
    return { frameworkId, applicationId };
  }, IMMEDIATE);
}
