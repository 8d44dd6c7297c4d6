// The shared fixtures of the end-to-end tests: pages and requests signed in as each demo account, and a programme
// of a test's own, so that no test changes the seeded pilot that other tests read.
import path from "node:path";
import { type APIRequestContext, test as base, type Page } from "@playwright/test";
import { type AppDatabase, openDatabase } from "../../db/client";
import {
  addActionItem,
  addAgreedEffect,
  addAssumption,
  addCorrection,
  addGemeente,
  addHypothesis,
  addIndicator,
  addLearningQuestion,
  addPerson,
  addReportingPeriod,
  addStudy,
  createProgramme,
  type FixtureProgramme,
  gemeenteWithBeheerderAndMember,
  type ReportingPeriodFixture,
} from "../../db/fixtures";
import { reflectionSessions } from "../../db/schema";
import { hashPassword } from "../../lib/auth/password";
import { newTotpSecret } from "../../lib/auth/totp";
import { ACCOUNTS, type Account, PASSWORD, storageState, uniqueEmail } from "./accounts";

export { expect } from "@playwright/test";

/** The database file of the test server, as scripts/e2e-server.mjs sets DATABASE_URL. */
const E2E_DATABASE = ["data", "e2e", "impactkoers.db"];

/**
 * A name no other test uses, readable in the pages it shows up on. Its words are short, so that a table listing it
 * (the dashboard's, at 1366 pixels) is no wider than for the demo data's names.
 */
export function uniqueName(label: string) {
  return `${label} ${Date.now().toString(36)} ${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

/** The indicator every fresh programme starts with: three measurements, the latest below the baseline. */
const INDICATOR = {
  unit: "deelnemers",
  baseline: { value: 20, date: "2026-01-01" },
  target: { value: 60, date: "2026-12-31" },
  source: "Presentielijsten van Stichting Buurtkracht",
  measurements: [
    { measuredOn: "2026-01-15", value: 22 },
    { measuredOn: "2026-02-15", value: 18 },
    { measuredOn: "2026-03-15", value: 15 },
  ],
};

export type FreshProgramme = FixtureProgramme & {
  name: string;
  /** "/programmes/12" */
  path: string;
  indicator: { id: number; name: string; path: string; measurements: number };
  /** More records of this programme, written the way the data layer writes them. */
  addAssumption(statement: string, criticality?: "hoog" | "midden" | "laag"): { id: number; path: string };
  addHypothesis(activity: string): { id: number };
  addStudy(title: string): { id: number; path: string };
  addLearningQuestion(question: string): { id: number };
  /** An open action point assigned to the account, in a reflection session of its own; no due date by default. */
  addActionItem(
    description: string,
    owner?: Account,
    dueDate?: string | null,
  ): { id: number; sessionId: number; path: string };
  /** A course correction the owner proposed `daysAgo` days ago, waiting for a decision, the indicator its reason. */
  addCorrection(title: string, daysAgo?: number): { id: number; path: string };
  /**
   * A reporting period of Stichting Buurtkracht (unless told otherwise) on the programme's indicator, due on
   * `dueOn`; with `submitted`, the partner's report of it is handed in and waits for review.
   */
  addReportingPeriod(
    input: Omit<ReportingPeriodFixture, "indicatorIds" | "submitted"> & {
      indicatorIds?: number[];
      submitted?: { value: number; wentWell?: string };
    },
  ): { id: number; submissionId: number | null; path: string };
};

/**
 * A programme as a test refers to it: a seeded one by its name, found the way a person finds it (in the list of
 * programmes), or one of the test's own, opened by its address.
 */
export type ProgrammeRef = string | Pick<FreshProgramme, "name" | "path">;

export type ProgrammeOptions = {
  /** E-mail addresses of the team; the demo team member by default. */
  team?: string[];
  /** Partner organisations; Stichting Buurtkracht by default. */
  partners?: string[];
};

type TestFixtures = {
  /** A new page in a browser context of its own, signed in as the account; closed after the test. */
  signedIn: (account: Account) => Promise<Page>;
  /** An API request context signed in as the account, or anonymous without one; disposed of after the test. */
  requestAs: (account?: Account) => Promise<APIRequestContext>;
  asBeheerder: Page;
  asManager: Page;
  asManagement: Page;
  asTeamlid: Page;
  asPartner: Page;
  asTestdorp: Page;
  /**
   * A programme of Gemeente Voorbeeld made for this test alone, related like the seeded pilot: owned by the demo
   * programme manager, with the demo team member on its team and Stichting Buurtkracht as its partner, on route 1,
   * with one indicator.
   */
  freshProgramme: FreshProgramme;
  /** Another programme of the test's own, made on the spot, related as `freshProgramme` unless told otherwise. */
  makeProgramme: (options?: ProgrammeOptions) => FreshProgramme;
};

type WorkerFixtures = {
  /** The test server's database, opened beside the server: WAL and a busy timeout let both write. */
  database: AppDatabase;
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  database: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture needs from this pattern.
    async ({}, use, workerInfo) => {
      const root = path.dirname(workerInfo.config.configFile ?? path.resolve("playwright.config.ts"));
      const db = openDatabase(path.join(root, ...E2E_DATABASE));
      await use(db);
      db.$client.close();
    },
    { scope: "worker" },
  ],

  signedIn: async ({ browser }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async (account) => {
      const context = await browser.newContext({ storageState: storageState(account) });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },

  requestAs: async ({ playwright, baseURL }, use) => {
    const contexts: APIRequestContext[] = [];
    await use(async (account) => {
      const context = await playwright.request.newContext({
        baseURL,
        storageState: account ? storageState(account) : { cookies: [], origins: [] },
      });
      contexts.push(context);
      return context;
    });
    for (const context of contexts) await context.dispose();
  },

  asBeheerder: async ({ signedIn }, use) => use(await signedIn("beheerder")),
  asManager: async ({ signedIn }, use) => use(await signedIn("programmamanager")),
  asManagement: async ({ signedIn }, use) => use(await signedIn("management")),
  asTeamlid: async ({ signedIn }, use) => use(await signedIn("teamlid")),
  asPartner: async ({ signedIn }, use) => use(await signedIn("partner")),
  asTestdorp: async ({ signedIn }, use) => use(await signedIn("testdorp")),

  makeProgramme: async ({ database }, use) => {
    await use((options = {}) => newProgramme(database, options));
  },

  freshProgramme: async ({ makeProgramme }, use) => {
    await use(makeProgramme());
  },
});

function newProgramme(database: AppDatabase, options: ProgrammeOptions): FreshProgramme {
  const name = uniqueName("E2E programma");
  const programme = createProgramme(database, {
    gemeente: "Gemeente Voorbeeld",
    name,
    societalChallenge: "Oudere inwoners van de wijk voelen zich eenzaam en vinden de weg naar activiteiten niet.",
    description: "Een programma van één end-to-end-test.",
    owner: ACCOUNTS.programmamanager.email,
    team: options.team ?? [ACCOUNTS.teamlid.email],
    partners: options.partners ?? ["Stichting Buurtkracht"],
    kind: "pilot",
    status: "lopend",
    route: "klein-en-krachtig",
    startDate: "2026-01-01",
    endDate: "2027-12-31",
  });
  const base = `/programmes/${programme.id}`;
  const indicatorName = "Deelnemers aan de ontmoetingsochtend";
  const indicator = addIndicator(database, programme, { name: indicatorName, ...INDICATOR });
  return {
    ...programme,
    name,
    path: base,
    indicator: {
      id: indicator.id,
      name: indicatorName,
      path: `${base}/indicators/${indicator.id}`,
      measurements: INDICATOR.measurements.length,
    },
    addAssumption: (statement, criticality = "hoog") => {
      const { id } = addAssumption(database, programme, { statement, criticality });
      return { id, path: `${base}/assumptions/${id}` };
    },
    addHypothesis: (activity) =>
      addHypothesis(database, programme, {
        activity,
        change: "komen meer ouderen naar de ontmoetingsochtend",
        targetGroup: "alleenwonende ouderen",
        mechanism: "een persoonlijke uitnodiging de drempel verlaagt",
      }),
    addStudy: (title) => {
      const { id } = addStudy(database, programme, { title, researchQuestion: "Wat maakt dat ouderen blijven komen?" });
      return { id, path: `${base}/studies/${id}` };
    },
    addLearningQuestion: (question) => addLearningQuestion(database, programme, { question }),
    addActionItem: (description, owner = "teamlid", dueDate = null) => {
      const { id, sessionId } = addActionItem(database, programme, {
        description,
        owner: ACCOUNTS[owner].email,
        dueDate,
      });
      return { id, sessionId, path: `${base}/reflections/${sessionId}` };
    },
    addCorrection: (title, daysAgo = 0) => {
      const { id } = addCorrection(database, programme, { title, daysAgo, indicatorId: indicator.id });
      return { id, path: `${base}/corrections/${id}` };
    },
    addReportingPeriod: ({ indicatorIds = [indicator.id], submitted, ...input }) => {
      const { periodId, submissionId } = addReportingPeriod(database, programme, {
        ...input,
        indicatorIds,
        submitted: submitted && {
          by: ACCOUNTS.partner.email,
          wentWell: submitted.wentWell,
          values: indicatorIds.map((indicatorId) => ({ indicatorId, value: submitted.value })),
        },
      });
      return { id: periodId, submissionId, path: `${base}/reporting/${periodId}` };
    },
  };
}

/** A person of Gemeente Voorbeeld made for one test alone: no other test reads or changes them. */
export type FreshPerson = { name: string; email: string; password: string; userId: number; memberId: number };

/**
 * Adds a person (a teamlid unless told otherwise) with a password of their own, invited and accepted as the data layer
 * records it; they sign in through the sign-in page like anyone else.
 */
export async function makePerson(
  database: AppDatabase,
  role: "programmamanager" | "management" | "teamlid" = "teamlid",
): Promise<FreshPerson> {
  const name = uniqueName("Persoon");
  const email = `persoon-${Date.now()}-${Math.floor(Math.random() * 1e6)}@voorbeeld.example`;
  const password = `wachtwoord-${Math.random().toString(36).slice(2)}`;
  const ids = addPerson(database, {
    gemeente: "Gemeente Voorbeeld",
    name,
    email,
    passwordHash: await hashPassword(password),
    role,
  });
  return { name, email, password, ...ids };
}

/**
 * A gemeente of the test's own, so that its security setting changes nothing for the demo gemeenten: a beheerder who
 * signs in with the password and a code of an authenticator app with `totpSecret`, and a teamlid without an app.
 */
export async function freshGemeenteWithMfa(database: AppDatabase) {
  const name = uniqueName("Gemeente Beveiligd");
  const beheerder = { email: uniqueEmail("mfa-beheerder"), name: "Bea Beheer" };
  const member = { email: uniqueEmail("mfa-teamlid"), name: "Teun Teamlid" };
  const totpSecret = newTotpSecret();
  const passwordHash = await hashPassword(PASSWORD);
  gemeenteWithBeheerderAndMember(database, { name, beheerder, member, passwordHash, totpSecret });
  return { name, beheerder, member, totpSecret };
}

/** A gemeente of a test's own, with a beheerder who signs in through the sign-in page, and one programme. */
export type FreshGemeente = {
  name: string;
  email: string;
  password: string;
  beheerderName: string;
  totpSecret: string;
  programme: { id: number; name: string; path: string };
};

export async function makeGemeente(database: AppDatabase): Promise<FreshGemeente> {
  const name = uniqueName("Gemeente Eigen");
  const email = `beheerder-${Date.now()}-${Math.floor(Math.random() * 1e6)}@eigen.example`;
  const password = `wachtwoord-${Math.random().toString(36).slice(2)}`;
  const totpSecret = newTotpSecret();
  addGemeente(database, { name, email, passwordHash: await hashPassword(password), totpSecret });
  const programmeName = uniqueName("Programma");
  const programme = createProgramme(database, {
    gemeente: name,
    name: programmeName,
    societalChallenge: "Inwoners vinden de weg naar de buurtvoorzieningen niet.",
    owner: email,
    team: [],
    partners: [],
    startDate: "2026-01-01",
    endDate: "2027-12-31",
  });
  return {
    name,
    email,
    password,
    beheerderName: `Beheerder ${name}`,
    totpSecret,
    programme: { id: programme.id, name: programmeName, path: `/programmes/${programme.id}` },
  };
}

/** An opgave of the test's own with an agreed effect on the programme's indicator, for a subsidy framework to fund. */
export function makeAgreedEffect(database: AppDatabase, programme: FreshProgramme) {
  const description = uniqueName("Meer ouderen doen mee");
  const opgave = uniqueName("E2E opgave");
  const { effectId } = addAgreedEffect(database, programme, {
    opgave,
    description,
    indicatorId: programme.indicator.id,
  });
  return { id: effectId, description, opgave };
}

/**
 * A second indicator on the programme with `count` measurements on consecutive days from 1 January 2026, the value
 * the day's number: more than one screen of the measurements table.
 */
export function makeLongIndicator(database: AppDatabase, programme: FreshProgramme, count: number) {
  const name = uniqueName("Bezoekers van de inloop");
  const measurements = Array.from({ length: count }, (_, i) => ({
    measuredOn: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
    value: i + 1,
  }));
  const { id } = addIndicator(database, programme, { ...INDICATOR, name, unit: "bezoekers", measurements });
  return { id, name, path: `${programme.path}/indicators/${id}` };
}

/** `count` reflection sessions of the programme, a week apart from 5 January 2026 and titled "Sessie 1" and on. */
export function makeReflectionSessions(database: AppDatabase, programme: FreshProgramme, count: number) {
  for (let i = 1; i <= count; i++) {
    database
      .insert(reflectionSessions)
      .values({
        organisationId: programme.organisationId,
        programmeId: programme.id,
        title: `Sessie ${i}`,
        heldOn: new Date(Date.UTC(2026, 0, 5 + 7 * (i - 1))).toISOString().slice(0, 10),
        agenda: {},
        createdById: programme.ownerId,
      })
      .run();
  }
}

/** As `makeAgreedEffect`, with the id of the test's own opgave, for opening its pages. */
export function makeAgreedEffectWithOpgave(database: AppDatabase, programme: FreshProgramme) {
  const description = uniqueName("Meer ouderen komen samen");
  const opgave = uniqueName("E2E opgave monitoring");
  const { effectId, opgaveId } = addAgreedEffect(database, programme, {
    opgave,
    description,
    indicatorId: programme.indicator.id,
  });
  return { id: effectId, description, opgave, opgaveId, path: `/opgaven/${opgaveId}` };
}
