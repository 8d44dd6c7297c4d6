// Demo data: two fictional gemeenten with an account for every role. Idempotent; `npm start` runs it when the
// database is empty, unless SEED_DEMO=false.
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { hashPassword } from "../lib/auth/password";
import type { RoadmapStatus, Role } from "../lib/domain/constants";
import { addDays } from "../lib/domain/measurement-schedule";
import { mustUseMfa } from "../lib/domain/permissions";
import { planRoadmap } from "../lib/domain/roadmap";
import { todayInAmsterdam } from "../lib/domain/time";
import { recordAudit } from "./audit";
import { type AppDatabase, openDatabase } from "./client";
import {
  memberships,
  organisations,
  partnerOrganisations,
  roadmapSteps,
  routeDecisions,
  users,
  userTotp,
} from "./schema";
import { seedEvidence } from "./seed-evidence";
import { seedLearning } from "./seed-learning";
import { seedOpgaven } from "./seed-opgaven";
import { PILOT_NAME, seedProgrammes } from "./seed-programmes";
import { seedReporting } from "./seed-reporting";
import { seedSubsidies } from "./seed-subsidies";
import { seedTraining } from "./seed-training";
import { seedVeranderplan } from "./seed-veranderplan";

export const DEMO_PASSWORD = "welkom-impactkoers";
/**
 * The authenticator-app secret of the demo beheerders, who must sign in with a code: add it to an app by hand (or let
 * a test compute the code) to sign in as them. As public as the demo password; a real gemeente starts without demo data.
 */
export const DEMO_TOTP_SECRET = "IMPACTKOERSDEMOBEHEERDERTWEESTAP";

type Tx = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];

const ORGANISATIONS = [
  { slug: "voorbeeld", name: "Gemeente Voorbeeld" },
  { slug: "testdorp", name: "Gemeente Testdorp" },
] as const;

const PARTNERS = [
  {
    organisation: "voorbeeld",
    name: "Stichting Buurtkracht",
    description: "Welzijnsorganisatie in de wijk Oost: buurtcoaches, ontmoetingsplekken en vrijwilligers.",
  },
  {
    organisation: "voorbeeld",
    name: "Taalhuis Voorbeeld",
    description: "Taalhuis in de bibliotheek: vrijwillige taalmaatjes en oefengroepen voor nieuwkomers.",
  },
] as const;

type DemoAccount = {
  email: string;
  name: string;
  memberships: { organisation: string; role: Role; partner?: string }[];
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: "beheerder@voorbeeld.example",
    name: "Fatima el Amrani",
    memberships: [{ organisation: "voorbeeld", role: "beheerder" }],
  },
  {
    email: "manager@voorbeeld.example",
    name: "Joost van Dijk",
    memberships: [{ organisation: "voorbeeld", role: "programmamanager" }],
  },
  {
    email: "management@voorbeeld.example",
    name: "Ingrid Bakker",
    memberships: [{ organisation: "voorbeeld", role: "management" }],
  },
  {
    email: "team@voorbeeld.example",
    name: "Sanne de Vries",
    memberships: [{ organisation: "voorbeeld", role: "teamlid" }],
  },
  {
    email: "partner@voorbeeld.example",
    name: "Ahmed Yilmaz",
    memberships: [{ organisation: "voorbeeld", role: "partner", partner: "Stichting Buurtkracht" }],
  },
  {
    email: "taalhuis@voorbeeld.example",
    name: "Noor Hendriks",
    memberships: [{ organisation: "voorbeeld", role: "partner", partner: "Taalhuis Voorbeeld" }],
  },
  {
    email: "beheerder@testdorp.example",
    name: "Karin Jansen",
    memberships: [{ organisation: "testdorp", role: "beheerder" }],
  },
  {
    // An advisor who works for both gemeenten, to show switching between them.
    email: "adviseur@voorbeeld.example",
    name: "Pieter Smit",
    memberships: [
      { organisation: "voorbeeld", role: "programmamanager" },
      { organisation: "testdorp", role: "management" },
    ],
  },
];

function ensureOrganisation(tx: Tx, slug: string, name: string): number {
  const existing = tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug)).get();
  if (existing) return existing.id;
  const { id } = tx.insert(organisations).values({ slug, name }).returning({ id: organisations.id }).get();
  recordAudit(tx, {
    organisationId: id,
    actorId: null,
    action: "organisation.created",
    entityType: "organisation",
    entityId: id,
    summary: name,
  });
  return id;
}

function ensurePartner(tx: Tx, organisationId: number, name: string, description: string): number {
  const existing = tx
    .select({ id: partnerOrganisations.id })
    .from(partnerOrganisations)
    .where(and(eq(partnerOrganisations.organisationId, organisationId), eq(partnerOrganisations.name, name)))
    .get();
  if (existing) return existing.id;
  const { id } = tx
    .insert(partnerOrganisations)
    .values({ organisationId, name, description })
    .returning({ id: partnerOrganisations.id })
    .get();
  recordAudit(tx, {
    organisationId,
    actorId: null,
    action: "partner.created",
    entityType: "partner_organisation",
    entityId: id,
    summary: name,
  });
  return id;
}

export async function seedDemo(db: AppDatabase) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  db.transaction((tx) => {
    const orgIds = new Map<string, number>();
    for (const org of ORGANISATIONS) orgIds.set(org.slug, ensureOrganisation(tx, org.slug, org.name));
    const partnerIds = new Map<string, number>();
    for (const partner of PARTNERS) {
      const orgId = orgIds.get(partner.organisation) ?? 0;
      partnerIds.set(partner.name, ensurePartner(tx, orgId, partner.name, partner.description));
    }
    const userIds = new Map<string, number>();
    for (const account of DEMO_ACCOUNTS) {
      const existing = tx.select({ id: users.id }).from(users).where(eq(users.email, account.email)).get();
      const userId =
        existing?.id ??
        tx
          .insert(users)
          .values({ email: account.email, name: account.name, passwordHash })
          .returning({ id: users.id })
          .get().id;
      userIds.set(account.email, userId);
      if (account.memberships.some((m) => mustUseMfa(m.role))) seedAuthenticatorApp(tx, userId, account.name);
      for (const m of account.memberships) {
        const organisationId = orgIds.get(m.organisation) ?? 0;
        const present = tx
          .select({ id: memberships.id })
          .from(memberships)
          .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)))
          .get();
        if (present) continue;
        tx.insert(memberships)
          .values({
            userId,
            organisationId,
            role: m.role,
            partnerOrganisationId: m.partner ? (partnerIds.get(m.partner) ?? null) : null,
            acceptedAt: new Date(),
          })
          .run();
        recordAudit(tx, {
          organisationId,
          actorId: null,
          action: "user.created",
          entityType: "user",
          entityId: userId,
          summary: `${account.name} (${account.email}): ${m.role}`,
        });
      }
    }
    seedRouteDecision(tx, orgIds.get("voorbeeld") ?? 0, userIds);
    seedProgrammes(tx, orgIds.get("voorbeeld") ?? 0, {
      manager: userIds.get("manager@voorbeeld.example") ?? 0,
      team: userIds.get("team@voorbeeld.example") ?? 0,
      adviser: userIds.get("adviseur@voorbeeld.example") ?? 0,
      partnerOrganisation: partnerIds.get("Stichting Buurtkracht") ?? 0,
    });
    seedEvidence(tx, orgIds.get("voorbeeld") ?? 0, PILOT_NAME, {
      manager: userIds.get("manager@voorbeeld.example") ?? 0,
      team: userIds.get("team@voorbeeld.example") ?? 0,
      management: userIds.get("management@voorbeeld.example") ?? 0,
    });
    seedLearning(tx, orgIds.get("voorbeeld") ?? 0, PILOT_NAME, {
      beheerder: userIds.get("beheerder@voorbeeld.example") ?? 0,
      manager: userIds.get("manager@voorbeeld.example") ?? 0,
      team: userIds.get("team@voorbeeld.example") ?? 0,
      management: userIds.get("management@voorbeeld.example") ?? 0,
      partner: userIds.get("partner@voorbeeld.example") ?? 0,
    });
    seedReporting(tx, orgIds.get("voorbeeld") ?? 0, PILOT_NAME, {
      manager: userIds.get("manager@voorbeeld.example") ?? 0,
      adviser: userIds.get("adviseur@voorbeeld.example") ?? 0,
      partner: userIds.get("partner@voorbeeld.example") ?? 0,
      partnerOrganisation: partnerIds.get("Stichting Buurtkracht") ?? 0,
      secondPartnerOrganisation: partnerIds.get("Taalhuis Voorbeeld") ?? 0,
    });
    seedOpgaven(tx, orgIds.get("voorbeeld") ?? 0, {
      manager: userIds.get("manager@voorbeeld.example") ?? 0,
      management: userIds.get("management@voorbeeld.example") ?? 0,
      partnerOrganisation: partnerIds.get("Stichting Buurtkracht") ?? 0,
      secondPartnerOrganisation: partnerIds.get("Taalhuis Voorbeeld") ?? 0,
    });
    seedVeranderplan(tx, orgIds.get("voorbeeld") ?? 0, PILOT_NAME, {
      manager: userIds.get("manager@voorbeeld.example") ?? 0,
      management: userIds.get("management@voorbeeld.example") ?? 0,
      partnerOrganisation: partnerIds.get("Stichting Buurtkracht") ?? 0,
      secondPartnerOrganisation: partnerIds.get("Taalhuis Voorbeeld") ?? 0,
    });
    seedTraining(tx, orgIds.get("voorbeeld") ?? 0, {
      manager: userIds.get("manager@voorbeeld.example") ?? 0,
      team: userIds.get("team@voorbeeld.example") ?? 0,
      adviser: userIds.get("adviseur@voorbeeld.example") ?? 0,
      partner: userIds.get("partner@voorbeeld.example") ?? 0,
      buurtkracht: partnerIds.get("Stichting Buurtkracht") ?? 0,
      taalhuis: partnerIds.get("Taalhuis Voorbeeld") ?? 0,
    });
    // After the veranderplan: the framework funds an effect agreed there.
    seedSubsidies(tx, orgIds.get("voorbeeld") ?? 0, {
      manager: userIds.get("manager@voorbeeld.example") ?? 0,
      management: userIds.get("management@voorbeeld.example") ?? 0,
      partner: userIds.get("partner@voorbeeld.example") ?? 0,
      buurtkracht: partnerIds.get("Stichting Buurtkracht") ?? 0,
      taalhuis: partnerIds.get("Taalhuis Voorbeeld") ?? 0,
    });
  });
}

/** A demo account that must use an authenticator app has one already, with the known secret. */
function seedAuthenticatorApp(tx: Tx, userId: number, name: string) {
  const added = tx
    .insert(userTotp)
    .values({ userId, secret: DEMO_TOTP_SECRET, confirmedAt: new Date() })
    .onConflictDoNothing()
    .returning({ userId: userTotp.userId })
    .all();
  if (added.length === 0) return;
  recordAudit(tx, {
    organisationId: null,
    actorId: userId,
    action: "user.mfa_enabled",
    entityType: "user",
    entityId: userId,
    summary: name,
  });
}

const DAY = 24 * 60 * 60 * 1000;

/** "YYYY-MM-DD", days from now. */
/** A calendar day counted from today as the gemeente reads the calendar (Amsterdam), as the app's own "today". */
function dayFromNow(days: number, now: number) {
  return addDays(todayInAmsterdam(new Date(now)), days) ?? todayInAmsterdam(new Date(now));
}

/**
 * Gemeente Voorbeeld chose route 1 about ten weeks ago, after the intake: the first step is done, the first
 * steps of the pilot are under way. Gemeente Testdorp has not chosen yet.
 */
function seedRouteDecision(tx: Tx, organisationId: number, userIds: Map<string, number>) {
  const present = tx
    .select({ id: routeDecisions.id })
    .from(routeDecisions)
    .where(eq(routeDecisions.organisationId, organisationId))
    .get();
  if (present) return;
  const now = Date.now();
  const decidedById = userIds.get("management@voorbeeld.example") ?? 0;
  const managerId = userIds.get("manager@voorbeeld.example") ?? null;
  const teamId = userIds.get("team@voorbeeld.example") ?? null;
  const decision = tx
    .insert(routeDecisions)
    .values({
      organisationId,
      primaryRoute: "klein-en-krachtig",
      secondaryRoute: null,
      rationale:
        "Impactgericht werken is in onze organisatie nog nieuw en het budget is beperkt. We beginnen daarom met één pilot: " +
        "minder eenzaamheid onder oudere inwoners in de wijk Oost, samen met Stichting Buurtkracht. Zo leren we de hele " +
        "cyclus kennen en hebben we straks een voorbeeld om anderen mee te nemen.",
      intakeAnswers: {
        embrace: "nog-niet",
        means: "beperkt",
        partners: "deels",
        policyMoment: "later",
        learningQuestions: "vaag",
        trainingSupport: "in-woorden",
        ambition: "uitproberen",
        scope: "programma",
        partnerReadiness: "wisselend",
        pace: "snel",
      },
      decidedById,
      decidedAt: new Date(now - 70 * DAY),
    })
    .returning({ id: routeDecisions.id })
    .get();
  const progress: { status: RoadmapStatus; ownerId: number | null; due: number | null; notes: string }[] = [
    {
      status: "klaar",
      ownerId: managerId,
      due: -56,
      notes: "Gekozen: de pilot eenzaamheid ouderen in Oost. Stichting Buurtkracht doet mee.",
    },
    {
      status: "klaar",
      ownerId: managerId,
      due: -21,
      notes: "Verandertheorie en aannames besproken met het team en Buurtkracht.",
    },
    { status: "bezig", ownerId: teamId, due: 28, notes: "Eerste interviews met deelnemers zijn gepland." },
    { status: "te_doen", ownerId: managerId, due: 90, notes: "" },
  ];
  const plan = planRoadmap([], ["klein-en-krachtig"]);
  plan.add.forEach((step, index) => {
    const state = progress[index] ?? { status: "te_doen" as const, ownerId: null, due: null, notes: "" };
    tx.insert(roadmapSteps)
      .values({
        organisationId,
        decisionId: decision.id,
        route: step.route,
        stepKey: step.stepKey,
        isFirstStep: step.isFirstStep,
        position: index + 1,
        ownerId: state.ownerId,
        dueDate: state.due === null ? null : dayFromNow(state.due, now),
        status: state.status,
        notes: state.notes,
        completedAt: state.status === "klaar" && state.due !== null ? new Date(now + state.due * DAY) : null,
      })
      .run();
  });
  recordAudit(tx, {
    organisationId,
    actorId: decidedById,
    action: "route.decided",
    entityType: "route_decision",
    entityId: decision.id,
    summary: "klein-en-krachtig",
  });
}

export function isEmpty(db: AppDatabase): boolean {
  return (db.select({ count: sql<number>`count(*)` }).from(organisations).get()?.count ?? 0) === 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const db = openDatabase();
  const force = process.argv.includes("--force");
  if (process.env.SEED_DEMO === "false" && !force) {
    console.log("SEED_DEMO=false: geen demogegevens geladen.");
  } else if (force || isEmpty(db)) {
    await seedDemo(db);
    console.log("Demogegevens geladen (Gemeente Voorbeeld en Gemeente Testdorp).");
  }
  db.$client.close();
}
