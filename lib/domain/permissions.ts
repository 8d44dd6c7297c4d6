// The access kernel: who may do what inside a gemeente, for every kind of record. The data layer asks only this
// module (through db/access.ts); the interface asks it only to hide what a role cannot use. docs/permissions.md is
// generated from RULES (`npm run docs:permissions`) and checked against it by a unit test.
import { ROLES, type Role } from "./constants";

/**
 * When a role may do something:
 * - `yes`: always, in its own gemeente;
 * - `team`: on a programme the user owns or is on the team of;
 * - `partner`: on a programme the user's partner organisation takes part in; for a strategic session (route 2): one
 *   the user or their partner organisation took part in;
 * - `no`: never.
 * `team` and `partner` need a programme: for a gemeente-wide record (the route, a gemeente-wide page, lesson or
 * learning question) they mean no. For a learning track `team` is its trainer or coach and `partner` whoever takes part
 * in it (a partner user: also through a colleague of the same organisation); for a maturity scan `partner` is a scan of
 * the user's own partner organisation. For a subsidy framework `partner` is a framework that is open, or one the user's
 * partner organisation applied to; for an application, one of the user's own partner organisation. For an action
 * agreed in coaching `team` is the coach of its track or the person who carries the action out. For the shared page of
 * a maatschappelijke opgave `partner` is an opgave the user's partner organisation works on: it takes part in the
 * opgave's veranderplan or has a grant on one of its agreed effects.
 */
export type Condition = "yes" | "team" | "partner" | "no";

type Rule = {
  scope: "gemeente" | "programme" | "either" | "session" | "track" | "scan" | "subsidy" | "coaching";
  what: string;
  roles: Record<Role, Condition>;
};

const everyoneButPartner = (partner: Condition): Record<Role, Condition> => ({
  beheerder: "yes",
  programmamanager: "yes",
  management: "yes",
  teamlid: "yes",
  partner,
});

const only = (allowed: Partial<Record<Role, Condition>>): Record<Role, Condition> => ({
  beheerder: "no",
  programmamanager: "no",
  management: "no",
  teamlid: "no",
  partner: "no",
  ...allowed,
});

/**
 * The one table. `scope` says what the record belongs to: the gemeente as a whole, one programme, or either (pages,
 * lessons and learning questions exist gemeente-wide and per programme).
 */
export const RULES = {
  // Beheer.
  "users.manage": { scope: "gemeente", what: "Gebruikers en rollen beheren", roles: only({ beheerder: "yes" }) },
  // Irreversible, and only for a person who is no longer active in any gemeente (db/queries/anonymise.ts).
  "users.anonymise": {
    scope: "gemeente",
    what: "De persoonsgegevens van een gedeactiveerde gebruiker wissen (AVG)",
    roles: only({ beheerder: "yes" }),
  },
  "partners.manage": { scope: "gemeente", what: "Partnerorganisaties beheren", roles: only({ beheerder: "yes" }) },
  "audit.read": { scope: "gemeente", what: "Het activiteitenlogboek lezen", roles: only({ beheerder: "yes" }) },
  "export.organisation": {
    scope: "gemeente",
    what: "De hele gemeente exporteren (JSON)",
    roles: only({ beheerder: "yes" }),
  },
  "apiKeys.manage": {
    scope: "gemeente",
    what: "API-sleutels voor koppelingen (Power BI, Excel) maken en intrekken",
    roles: only({ beheerder: "yes" }),
  },
  "security.manage": {
    scope: "gemeente",
    what: "De beveiliging van de gemeente instellen: inloggen via de eigen organisatie (SSO) of tweestapsverificatie voor iedereen verplichten",
    roles: only({ beheerder: "yes" }),
  },
  // The gemeente's own look (logo, colour) and helpdesk: every member sees them, a partner too; the beheerder sets them.
  "gemeente.read": {
    scope: "gemeente",
    what: "Het logo, de huisstijlkleur en de helpdesk van de eigen gemeente zien",
    roles: everyoneButPartner("yes"),
  },
  "gemeente.manage": {
    scope: "gemeente",
    what: "Het logo, de huisstijlkleur en de helpdesk van de gemeente instellen",
    roles: only({ beheerder: "yes" }),
  },
  // Everyone may download what the app keeps about them, and only about them (AVG: right of access).
  "account.exportOwn": {
    scope: "gemeente",
    what: "De eigen gegevens downloaden",
    roles: everyoneButPartner("yes"),
  },
  // The route: partners work on programmes only and do not see the gemeente's own choice of route.
  "route.read": { scope: "gemeente", what: "De route, intake en roadmap lezen", roles: everyoneButPartner("no") },
  "route.decide": {
    scope: "gemeente",
    what: "Een route kiezen",
    roles: only({ beheerder: "yes", management: "yes" }),
  },
  "roadmap.update": {
    scope: "gemeente",
    what: "Stappen van de roadmap bijwerken",
    roles: only({ beheerder: "yes", programmamanager: "yes", management: "yes" }),
  },
  // Something made by mistake is deleted by its maker; the beheerder may also delete what others made by mistake.
  // Only within a day of making it and while nothing refers to it (lib/domain/archive.ts); else it is archived.
  "records.deleteOthers": {
    scope: "gemeente",
    what: "Iets wat een ander per vergissing maakte definitief verwijderen (binnen 24 uur, zolang niets ernaar verwijst)",
    roles: only({ beheerder: "yes" }),
  },
  // Programmes.
  "programme.create": {
    scope: "gemeente",
    what: "Een programma starten",
    roles: only({ beheerder: "yes", programmamanager: "yes" }),
  },
  "programme.read": {
    scope: "programme",
    what: "Een programma en alles daarin lezen",
    roles: everyoneButPartner("partner"),
  },
  "programme.edit": {
    scope: "programme",
    what: "Een programma inrichten: verandertheorie, hypothesen, aannames, indicatoren, onderzoek, cyclus, bijsturing voorstellen",
    roles: only({ beheerder: "yes", programmamanager: "team" }),
  },
  "programme.measure": {
    scope: "programme",
    what: "Metingen toevoegen",
    roles: only({ beheerder: "yes", programmamanager: "team", teamlid: "team" }),
  },
  "programme.contribute": {
    scope: "programme",
    what: "Bevindingen, reflectiesessies en actiepunten vastleggen",
    roles: only({ beheerder: "yes", programmamanager: "team", teamlid: "team" }),
  },
  // Whoever an action point is assigned to may mark it done, also a partner; the data layer checks the owner.
  "actionItems.completeOwn": {
    scope: "programme",
    what: "Een actiepunt afronden dat aan de gebruiker zelf is toegewezen",
    roles: everyoneButPartner("partner"),
  },
  "correction.decide": {
    scope: "programme",
    what: "Over een voorgestelde bijsturing besluiten",
    roles: only({ beheerder: "yes", management: "yes" }),
  },
  // Partners report on the indicators given to them; the gemeente reviews before anything counts. Whoever may measure
  // a programme's indicators may also approve a partner's figures for it.
  "reporting.manage": {
    scope: "programme",
    what: "Rapportage door partners inrichten: indicatoren toewijzen, perioden vastleggen, een goedgekeurde rapportage heropenen",
    roles: only({ beheerder: "yes", programmamanager: "team" }),
  },
  "reporting.read": {
    scope: "programme",
    what: "Rapportages van partners lezen (een partner alleen die van de eigen organisatie)",
    roles: everyoneButPartner("partner"),
  },
  "reporting.submit": {
    scope: "programme",
    what: "Als partner rapporteren: waarden, toelichting, bevindingen en lessen invullen en indienen",
    roles: only({ partner: "partner" }),
  },
  "reporting.review": {
    scope: "programme",
    what: "Een ingediende rapportage van een partner goedkeuren of terugsturen",
    roles: only({ beheerder: "yes", programmamanager: "team", teamlid: "team" }),
  },
  // Dashboards: a programme manager sees the programmes they own or are on the team of.
  "dashboard.read": {
    scope: "programme",
    what: "Het dashboard lezen",
    roles: only({ beheerder: "yes", programmamanager: "team", management: "yes" }),
  },
  // The gemeente's own knowledge: partners see only what belongs to their programmes.
  "learningQuestions.read": {
    scope: "either",
    what: "Leervragen lezen",
    roles: everyoneButPartner("partner"),
  },
  "learningQuestions.manage": {
    scope: "either",
    what: "Leervragen toevoegen, wijzigen en ordenen",
    roles: only({ beheerder: "yes", programmamanager: "yes", management: "yes" }),
  },
  "pages.read": { scope: "either", what: "Gedeelde pagina's lezen", roles: everyoneButPartner("partner") },
  "pages.write": {
    scope: "either",
    what: "Gedeelde pagina's schrijven en becommentariëren",
    roles: everyoneButPartner("partner"),
  },
  "lessons.read": { scope: "either", what: "Lessen lezen", roles: everyoneButPartner("partner") },
  "lessons.write": { scope: "either", what: "Lessen vastleggen en corrigeren", roles: everyoneButPartner("no") },
  // Route 2: the gemeente's register of maatschappelijke opgaven and the strategic sessions that rank them. A partner
  // does not read the register; it reads the sessions it took part in (itself or its organisation).
  "opgaven.read": {
    scope: "gemeente",
    what: "Maatschappelijke opgaven en strategische sessies lezen",
    roles: everyoneButPartner("no"),
  },
  "opgaven.manage": {
    scope: "gemeente",
    what: "Opgaven vastleggen, wijzigen en archiveren; strategische sessies plannen, vastleggen en de uitkomsten verwerken",
    roles: only({ beheerder: "yes", programmamanager: "yes", management: "yes" }),
  },
  "strategicSessions.read": {
    scope: "session",
    what: "Een strategische sessie lezen (een partner alleen een sessie waaraan hij of zijn organisatie deelnam)",
    roles: everyoneButPartner("partner"),
  },
  // Whoever takes part in a session puts its opgaven in order themselves, before or during it, until the facilitator
  // closes the rankings: a person for themselves, a partner's staff member also for their organisation taking part as
  // a whole. Nobody enters another's ranking this way; the facilitator does that under opgaven.manage.
  "strategicSessions.rankOwn": {
    scope: "session",
    what: "De eigen rangorde van de opgaven van een strategische sessie invullen (wie zelf, of via de eigen partnerorganisatie, deelneemt)",
    roles: only({
      beheerder: "partner",
      programmamanager: "partner",
      management: "partner",
      teamlid: "partner",
      partner: "partner",
    }),
  },
  // Route 2: subsidy frameworks whose applications aim at the jointly agreed effects. A partner sees the frameworks
  // open to it and its own organisation's applications, and applies for its own organisation; someone of the gemeente
  // may record an application on a partner's behalf. Only management and the beheerder decide.
  "subsidies.read": {
    scope: "subsidy",
    what: "Subsidiekaders en aanvragen lezen (een partner alleen open kaders en de aanvragen van de eigen organisatie)",
    roles: everyoneButPartner("partner"),
  },
  "subsidies.manage": {
    scope: "gemeente",
    what: "Subsidiekaders vastleggen, wijzigen, openen, sluiten en archiveren",
    roles: only({ beheerder: "yes", programmamanager: "yes", management: "yes" }),
  },
  "subsidies.apply": {
    scope: "subsidy",
    what: "Subsidie aanvragen bij een open kader (een partner voor de eigen organisatie, de gemeente namens een partner)",
    roles: only({ beheerder: "yes", programmamanager: "yes", management: "yes", partner: "partner" }),
  },
  "subsidies.decide": {
    scope: "gemeente",
    what: "Over een subsidieaanvraag besluiten: toekennen met een bedrag of afwijzen met een reden",
    roles: only({ beheerder: "yes", management: "yes" }),
  },
  // Routes 3 and 5: learning tracks and the impact-maturity scan. A partner sees only the tracks it takes part in and
  // the scans of its own organisation.
  "learningTracks.read": {
    scope: "track",
    what: "Leertrajecten lezen: doelen, deelnemers, bijeenkomsten en aanwezigheid",
    roles: everyoneButPartner("partner"),
  },
  "learningTracks.create": {
    scope: "gemeente",
    what: "Een leertraject starten",
    roles: only({ beheerder: "yes", programmamanager: "yes", management: "yes" }),
  },
  "learningTracks.manage": {
    scope: "track",
    what: "Een leertraject wijzigen, archiveren en bijeenkomsten en aanwezigheid vastleggen (de trainer of coach)",
    roles: only({ beheerder: "yes", programmamanager: "team", management: "team", teamlid: "team" }),
  },
  "maturityScans.read": {
    scope: "scan",
    what: "Uitkomsten van de impactscan lezen (een partner alleen die van de eigen organisatie)",
    roles: everyoneButPartner("partner"),
  },
  "maturityScans.take": {
    scope: "scan",
    what: "De impactscan invullen voor een team of partnerorganisatie (een partner alleen voor de eigen organisatie)",
    roles: everyoneButPartner("partner"),
  },
  // Coaching on a track: the coach records conversations and the actions agreed; whoever carries an action out marks
  // it done. A partner reads only the conversations with its own people.
  "coaching.read": {
    scope: "track",
    what: "Coachingsgesprekken van een leertraject lezen (een partner alleen die met de eigen organisatie)",
    roles: everyoneButPartner("partner"),
  },
  "coaching.manage": {
    scope: "track",
    what: "Coachingsgesprekken en de afgesproken acties vastleggen en wijzigen (de trainer of coach)",
    roles: only({ beheerder: "yes", programmamanager: "team", management: "team", teamlid: "team" }),
  },
  "coachingActions.complete": {
    scope: "coaching",
    what: "Een actie uit een coachingsgesprek afvinken (de coach of wie de actie uitvoert)",
    roles: only({ beheerder: "yes", programmamanager: "team", management: "team", teamlid: "team", partner: "team" }),
  },
  // Reflection on a track: participants answer the prompts; the trainer reads them all and keeps lessons.
  "trackReflections.answer": {
    scope: "track",
    what: "Reflectievragen van een leertraject beantwoorden (wie meedoet)",
    roles: only({
      beheerder: "partner",
      programmamanager: "partner",
      management: "partner",
      teamlid: "partner",
      partner: "partner",
    }),
  },
  "trackReflections.review": {
    scope: "track",
    what: "Alle reflecties van een leertraject lezen en er een geleerde les van maken (de trainer of coach)",
    roles: only({ beheerder: "yes", programmamanager: "team", management: "yes", teamlid: "team" }),
  },
  "trainingOverview.read": {
    scope: "track",
    what: "Het overzicht van leertrajecten lezen: aanwezigheid, bereikte doelen en groei in de impactscan",
    roles: only({ beheerder: "yes", programmamanager: "yes", management: "yes", teamlid: "team" }),
  },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof RULES;
export const PERMISSION_NAMES = Object.keys(RULES) as Permission[];

/** How a user stands to one programme; null for a record that belongs to the gemeente as a whole. */
export type Relation = { onTeam: boolean; involved: boolean } | null;

export function condition(role: Role, permission: Permission): Condition {
  return RULES[permission].roles[role];
}

/** The one question: may this role do this, for a record with this relation to the viewer? */
export function allows(role: Role, permission: Permission, relation: Relation): boolean {
  switch (condition(role, permission)) {
    case "yes":
      return true;
    case "team":
      return relation?.onTeam === true;
    case "partner":
      return relation?.involved === true;
    case "no":
      return false;
  }
}

/** Gemeente-wide: may the role do this without a programme (the route, beheer, a gemeente-wide page)? */
export function can(role: Role, permission: Permission): boolean {
  return allows(role, permission, null);
}

/** Whether the role may do this anywhere at all, on at least some programme: for showing a way in. */
export function reaches(role: Role, permission: Permission): boolean {
  return condition(role, permission) !== "no";
}

/** The roles that may do this somewhere: the choice of owner, for example. */
export function rolesThatReach(permission: Permission): Role[] {
  return ROLES.filter((role) => reaches(role, permission));
}

/**
 * Who must sign in with a second step (an authenticator app) when signing in with a password, whatever the gemeente
 * asks of everyone: whoever may manage the gemeente's people and roles, since that account can hand out any access.
 */
export function mustUseMfa(role: Role): boolean {
  return can(role, "users.manage");
}

/** Who can be on a programme's team: the gemeente's own people. Partners take part through their organisation. */
export function mayJoinTeam(role: Role): boolean {
  return role !== "partner";
}

/** A partner user always belongs to exactly one partner organisation; no other role has one. */
export function needsPartnerOrganisation(role: Role): boolean {
  return role === "partner";
}

/** read; edit the definition and propose corrections; measure: add measurements; contribute: add findings. */
export type ProgrammeAccess = { read: boolean; edit: boolean; measure: boolean; contribute: boolean };

/** What a role may do with one programme, for the interface and the data layer alike. */
export function programmeAccess(role: Role, relation: NonNullable<Relation>): ProgrammeAccess {
  return {
    read: allows(role, "programme.read", relation),
    edit: allows(role, "programme.edit", relation),
    measure: allows(role, "programme.measure", relation),
    contribute: allows(role, "programme.contribute", relation),
  };
}

const CONDITION_WORDS: Record<Condition, string> = {
  yes: "ja",
  team: "eigen team",
  partner: "als partner betrokken",
  no: "—",
};

const SCOPE_WORDS: Record<Rule["scope"], string> = {
  gemeente: "gemeente",
  programme: "programma",
  either: "gemeente of programma",
  session: "strategische sessie",
  track: "leertraject",
  scan: "impactscan",
  subsidy: "subsidiekader",
  coaching: "coachingsactie",
};

/** docs/permissions.md: the whole table, as Markdown. */
export function permissionsMarkdown(): string {
  const header = ["Wat", "Geldt voor", "Recht", ...ROLES];
  const lines = [
    "# Wie mag wat",
    "",
    "Gemaakt uit `lib/domain/permissions.ts` met `npm run docs:permissions`; een unit-test controleert dat dit bestand",
    "gelijk is aan de code. Iedere vraag van de datalaag of de interface wordt beantwoord door die ene tabel.",
    "",
    "- **ja**: altijd, binnen de eigen gemeente;",
    "- **eigen team**: op een programma waarvan de gebruiker eigenaar of teamlid is;",
    "- **als partner betrokken**: op een programma waaraan de partnerorganisatie van de gebruiker deelneemt (bij een",
    "  strategische sessie: een sessie waaraan de gebruiker of zijn partnerorganisatie deelnam);",
    "- **—**: nooit.",
    "",
    "Een programma dat iemand niet mag lezen, bestaat voor hem niet (niet gevonden). Iets wat voor de hele gemeente",
    "geldt (de route, een pagina, les of leervraag zonder programma) staat alleen open voor **ja**.",
    "",
    "Bij een leertraject betekent **eigen team**: de trainer of coach van het traject, en **als partner betrokken**: de",
    "gebruiker (of een collega van dezelfde partnerorganisatie) doet mee. Bij een impactscan betekent **als partner",
    "betrokken**: de scan gaat over de eigen partnerorganisatie. Bij een coachingsactie betekent **eigen team**: de",
    "coach van het traject of wie de actie uitvoert.",
    "",
    "Bij een subsidiekader betekent **als partner betrokken**: het kader is open, of de eigen partnerorganisatie vroeg",
    "er subsidie aan; bij een aanvraag: het is een aanvraag van de eigen partnerorganisatie.",
    "",
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
  ];
  for (const name of PERMISSION_NAMES) {
    const rule: Rule = RULES[name];
    const cells = ROLES.map((role) => CONDITION_WORDS[rule.roles[role]]);
    lines.push(`| ${rule.what} | ${SCOPE_WORDS[rule.scope]} | \`${name}\` | ${cells.join(" | ")} |`);
  }
  return `${lines.join("\n")}\n`;
}
