// Generates the benchmark dataset: many gemeenten with years of data, in a database of its own.
//   tsx scripts/bench/generate.ts <database file> [--gemeenten 10] [--programmes 40] [--users 100]
// One extra gemeente "Klein" gets only two programmes, so the benchmark can show that the number of SQL statements
// of every measured page does not grow with the number of programmes. Every programme has a partner whose reports
// wait for review (the review queue) and a reflection session (whose notes the capacity test writes). Gemeente 1 holds
// a hundred times the demo data in its lists: 2,000 pages, 2,000 lessons and one indicator with 4,800 measurements;
// Klein holds the demo's size (20 pages, 20 lessons). Every gemeente but Klein has `--users` extra accounts for the
// capacity test (user<n>@bench<g>.bench, all with the benchmark password): 30 % management, 50 % programme managers
// on the team of three programmes, 20 % partners.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { auditEventHash, CHAIN_START } from "../../db/audit-chain";
import { openDatabase } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { hashPassword } from "../../lib/auth/password";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    gemeenten: { type: "string", default: "10" },
    programmes: { type: "string", default: "40" },
    users: { type: "string", default: "100" },
  },
});
const file = positionals[0];
if (!file) throw new Error("Give the database file to create.");
const GEMEENTEN = Number(values.gemeenten);
const PROGRAMMES = Number(values.programmes);
const USERS = Number(values.users);
/** The lists of gemeente 1 at a hundred times the demo's size, of Klein at the demo's size, of the others between. */
const LIST_SIZE = { large: 2000, normal: 200, small: 20 };
const LARGE_INDICATOR_MEASUREMENTS = 4800;
export const BENCH_PASSWORD = "bench-impactkoers";

fs.rmSync(file, { force: true });
fs.rmSync(`${file}-wal`, { force: true });
fs.rmSync(`${file}-shm`, { force: true });
const db = openDatabase(file);
runMigrations(db);
const sqlite = db.$client;
const passwordHash = await hashPassword(BENCH_PASSWORD);

const DAY = 24 * 60 * 60 * 1000;
const now = Date.now();
const day = (offset: number) => new Date(now + offset * DAY).toISOString().slice(0, 10);
const LEVELS = ["activiteit", "prestatie", "effect", "impact"];
const STATUSES = ["ongetoetst", "in_onderzoek", "bevestigd", "deels_bevestigd", "weerlegd"];
const CRITICALITIES = ["hoog", "midden", "laag"];
const ROUTES = ["klein-en-krachtig", "strategische-start", "focus-op-partners", "impact-deep-diving", "training"];

const q = (sql: string) => sqlite.prepare(sql);
const insert = {
  organisation: q("insert into organisations (name, slug) values (?, ?)"),
  user: q("insert into users (email, name, password_hash) values (?, ?, ?)"),
  membership: q("insert into memberships (user_id, organisation_id, role) values (?, ?, ?)"),
  programme: q(
    "insert into programmes (organisation_id, name, kind, societal_challenge, route, owner_id, start_date, end_date, status, round, phase) values (?, ?, 'programma', ?, ?, ?, ?, ?, 'lopend', ?, ?)",
  ),
  member: q("insert into programme_members (organisation_id, programme_id, user_id) values (?, ?, ?)"),
  element: q("insert into toc_elements (organisation_id, programme_id, level, title, position) values (?, ?, ?, ?, ?)"),
  link: q("insert into toc_links (organisation_id, programme_id, from_element_id, to_element_id) values (?, ?, ?, ?)"),
  hypothesis: q(
    "insert into hypotheses (organisation_id, programme_id, activity, change, target_group, mechanism) values (?, ?, ?, ?, ?, ?)",
  ),
  assumption: q(
    "insert into assumptions (organisation_id, programme_id, statement, hypothesis_id, criticality, status, test_plan) values (?, ?, ?, ?, ?, ?, ?)",
  ),
  statusChange: q(
    "insert into assumption_status_changes (organisation_id, assumption_id, from_status, to_status, reason, changed_by_id, changed_at) values (?, ?, 'ongetoetst', ?, ?, ?, ?)",
  ),
  indicator: q(
    "insert into indicators (organisation_id, programme_id, name, toc_element_id, unit, direction, baseline_value, baseline_date, target_value, target_date, source, frequency, contribution) values (?, ?, ?, ?, 'aantal', 'hoger', ?, ?, ?, ?, 'registratie', 'maandelijks', 'direct')",
  ),
  measurement: q(
    "insert into measurements (organisation_id, indicator_id, measured_on, value, note, entered_by_id) values (?, ?, ?, ?, '', ?)",
  ),
  study: q(
    "insert into studies (organisation_id, programme_id, round, title, research_question, method, status, owner_id, summary, evidence_strength) values (?, ?, 1, ?, ?, 'kwalitatief', ?, ?, '', 'onderbouwd')",
  ),
  finding: q(
    "insert into findings (organisation_id, programme_id, study_id, round, title, description, interpretation, created_by_id) values (?, ?, ?, 1, ?, '', ?, ?)",
  ),
  question: q(
    "insert into learning_questions (organisation_id, programme_id, question, priority, approach, status) values (?, ?, ?, ?, 'gesprekken', ?)",
  ),
  correction: q(
    "insert into course_corrections (organisation_id, programme_id, round, title, what_changes, why, decision_level, status, proposed_by_id) values (?, ?, 1, ?, 'anders werken', 'bevindingen', 'mt', ?, ?)",
  ),
  transition: q(
    "insert into correction_transitions (organisation_id, correction_id, from_status, to_status, changed_by_id, changed_at) values (?, ?, ?, ?, ?, ?)",
  ),
  page: q(
    "insert into pages (organisation_id, programme_id, title, body, version, created_by_id, updated_by_id) values (?, ?, ?, ?, 1, ?, ?)",
  ),
  revision: q(
    "insert into page_revisions (organisation_id, page_id, version, title, body, author_id) values (?, ?, 1, ?, ?, ?)",
  ),
  lesson: q(
    "insert into lessons (organisation_id, programme_id, title, body, context, created_by_id) values (?, ?, ?, ?, '', ?)",
  ),
  partner: q("insert into partner_organisations (organisation_id, name, description) values (?, ?, '')"),
  partnerMembership: q(
    "insert into memberships (user_id, organisation_id, role, partner_organisation_id, accepted_at) values (?, ?, 'partner', ?, ?)",
  ),
  programmePartner: q(
    "insert into programme_partners (organisation_id, programme_id, partner_organisation_id) values (?, ?, ?)",
  ),
  assignment: q(
    "insert into reporting_assignments (organisation_id, programme_id, indicator_id, partner_organisation_id, created_by_id) values (?, ?, ?, ?, ?)",
  ),
  period: q(
    "insert into reporting_periods (organisation_id, programme_id, partner_organisation_id, starts_on, ends_on, due_on, created_by_id) values (?, ?, ?, ?, ?, ?, ?)",
  ),
  submission: q(
    "insert into submissions (organisation_id, programme_id, partner_organisation_id, period_id, status, went_well, went_less, learned, submitted_at, submitted_by_id) values (?, ?, ?, ?, 'ingediend', 'De huisbezoeken liepen goed.', 'Minder aanmeldingen in de zomer.', 'Vroeg beginnen helpt.', ?, ?)",
  ),
  submissionTransition: q(
    "insert into submission_transitions (organisation_id, submission_id, from_status, to_status, changed_by_id, changed_at) values (?, ?, 'concept', 'ingediend', ?, ?)",
  ),
  submissionValue: q(
    "insert into submission_values (organisation_id, submission_id, indicator_id, measured_on, value) values (?, ?, ?, ?, ?)",
  ),
  reflection: q(
    "insert into reflection_sessions (organisation_id, programme_id, title, held_on, agenda, planned, created_by_id) values (?, ?, ?, ?, '{}', 'Terugkijken op het kwartaal.', ?)",
  ),
  audit: q(
    "insert into audit_events (id, sequence, organisation_id, actor_id, programme_id, action, entity_type, entity_id, summary, created_at, prev_hash, hash) values (?, ?, ?, ?, ?, ?, 'programme', ?, ?, ?, ?, ?)",
  ),
};

// Audit events carry their place in their gemeente's hash chain, as recordAudit gives it (db/audit-chain.ts).
const chains = new Map<number, { sequence: number; hash: string }>();
let lastAuditId = 0;
function audit(organisationId: number, actorId: number, programmeId: number, summary: string, createdAt: number) {
  const last = chains.get(organisationId) ?? { sequence: 0, hash: CHAIN_START };
  lastAuditId += 1;
  const content = {
    id: lastAuditId,
    sequence: last.sequence + 1,
    organisationId,
    actorId,
    programmeId,
    action: "measurement.added",
    entityType: "programme",
    entityId: String(programmeId),
    summary,
    changes: null,
    createdAt,
  };
  const hash = auditEventHash(last.hash, content);
  insert.audit.run(
    content.id,
    content.sequence,
    organisationId,
    actorId,
    programmeId,
    content.action,
    content.entityId,
    summary,
    createdAt,
    last.hash,
    hash,
  );
  chains.set(organisationId, { sequence: content.sequence, hash });
}

function gemeente(index: number, name: string, slug: string, programmes: number) {
  const organisationId = Number(insert.organisation.run(name, slug).lastInsertRowid);
  const users = ["management", "manager", "team"].map((role) =>
    Number(insert.user.run(`${role}@${slug}.bench`, `${role} ${name}`, passwordHash).lastInsertRowid),
  );
  const [management, manager, team] = users as [number, number, number];
  insert.membership.run(management, organisationId, "management");
  insert.membership.run(manager, organisationId, "programmamanager");
  insert.membership.run(team, organisationId, "teamlid");
  // A partner organisation with its own account, taking part in every programme and reporting on its first indicator.
  const partnerId = Number(insert.partner.run(organisationId, `Stichting Partner ${name}`).lastInsertRowid);
  const partnerUser = Number(insert.user.run(`partner@${slug}.bench`, `partner ${name}`, passwordHash).lastInsertRowid);
  insert.partnerMembership.run(partnerUser, organisationId, partnerId, now);
  const large = index === 0;
  const listSize = large ? LIST_SIZE.large : slug === "klein" ? LIST_SIZE.small : LIST_SIZE.normal;
  const programmeIds: number[] = [];

  for (let p = 0; p < programmes; p++) {
    const phase = ["definieren", "onderzoeken", "leren", "bijsturen"][p % 4];
    const programmeId = Number(
      insert.programme.run(
        organisationId,
        `Programma ${p + 1} van ${name}`,
        "Een maatschappelijke opgave",
        ROUTES[p % ROUTES.length],
        manager,
        day(-4 * 365),
        day(365),
        1 + (p % 3),
        phase,
      ).lastInsertRowid,
    );
    insert.member.run(organisationId, programmeId, team);
    programmeIds.push(programmeId);
    const elements: number[] = [];
    for (let e = 0; e < 30; e++) {
      elements.push(
        Number(
          insert.element.run(organisationId, programmeId, LEVELS[e % 4], `Onderdeel ${e + 1}`, e + 1).lastInsertRowid,
        ),
      );
    }
    for (let e = 0; e + 1 < elements.length; e += 2) {
      insert.link.run(organisationId, programmeId, elements[e], elements[e + 1]);
    }
    const hypothesisId = Number(
      insert.hypothesis.run(organisationId, programmeId, "iets doen", "verandert iets", "inwoners", "het werkt")
        .lastInsertRowid,
    );
    for (let a = 0; a < 20; a++) {
      const status = STATUSES[a % STATUSES.length] ?? "ongetoetst";
      const assumptionId = Number(
        insert.assumption.run(
          organisationId,
          programmeId,
          `Aanname ${a + 1} van programma ${p + 1}`,
          hypothesisId,
          CRITICALITIES[a % 3],
          status,
          "gesprekken",
        ).lastInsertRowid,
      );
      if (status !== "ongetoetst")
        insert.statusChange.run(organisationId, assumptionId, status, "onderzoek", manager, now - a * 9 * DAY);
    }
    for (let i = 0; i < 10; i++) {
      const indicatorId = Number(
        insert.indicator.run(
          organisationId,
          programmeId,
          `Indicator ${i + 1}`,
          elements[(i * 4 + 2) % elements.length],
          100,
          day(-4 * 365),
          200 + i * 10,
          day(365),
        ).lastInsertRowid,
      );
      // Gemeente 1's first indicator holds a hundred times the measurements: one a day, back from yesterday.
      const hundredfold = large && p === 0 && i === 0;
      const count = hundredfold ? LARGE_INDICATOR_MEASUREMENTS : 48;
      for (let m = 0; m < count; m++) {
        insert.measurement.run(
          organisationId,
          indicatorId,
          hundredfold ? day(-count + m) : day(-4 * 365 + 30 * (m + 1)),
          100 + (hundredfold ? m % 100 : m * (1 + (i % 3))),
          team,
        );
      }
      if (i === 0) {
        // Two months of the partner's reports on this indicator, handed in and waiting for review.
        insert.programmePartner.run(organisationId, programmeId, partnerId);
        insert.assignment.run(organisationId, programmeId, indicatorId, partnerId, manager);
        for (let back = 2; back >= 1; back--) {
          const startsOn = day(-30 * back - 29);
          const endsOn = day(-30 * back);
          const periodId = Number(
            insert.period.run(organisationId, programmeId, partnerId, startsOn, endsOn, day(-30 * back + 14), manager)
              .lastInsertRowid,
          );
          const submittedAt = now - (30 * back - 3) * DAY;
          const submissionId = Number(
            insert.submission.run(organisationId, programmeId, partnerId, periodId, submittedAt, partnerUser)
              .lastInsertRowid,
          );
          insert.submissionTransition.run(organisationId, submissionId, partnerUser, submittedAt);
          insert.submissionValue.run(organisationId, submissionId, indicatorId, endsOn, 150 + back);
        }
      }
    }
    insert.reflection.run(organisationId, programmeId, "Reflectie op het kwartaal", day(-20), manager);
    for (let s = 0; s < 10; s++) {
      const studyId = Number(
        insert.study.run(
          organisationId,
          programmeId,
          `Onderzoek ${s + 1}`,
          "Werkt het?",
          s % 3 === 0 ? "lopend" : "afgerond",
          manager,
        ).lastInsertRowid,
      );
      insert.finding.run(organisationId, programmeId, studyId, `Bevinding ${s + 1}`, s % 2 ? "duiding" : "", manager);
    }
    for (let l = 0; l < 4; l++) {
      insert.question.run(
        organisationId,
        programmeId,
        `Leervraag ${l + 1}`,
        p * 4 + l + 1,
        l % 2 ? "open" : "beantwoord",
      );
    }
    for (let c = 0; c < 3; c++) {
      const status = ["voorgesteld", "besloten", "doorgevoerd"][c] ?? "voorgesteld";
      const correctionId = Number(
        insert.correction.run(organisationId, programmeId, `Bijsturing ${c + 1}`, status, manager).lastInsertRowid,
      );
      insert.transition.run(organisationId, correctionId, null, "voorgesteld", manager, now - (40 + c) * DAY);
      if (status !== "voorgesteld")
        insert.transition.run(organisationId, correctionId, "voorgesteld", "besloten", management, now - 30 * DAY);
    }
    for (let a = 0; a < 25; a++) {
      audit(organisationId, manager, programmeId, "meting", now - a * DAY);
    }
  }
  for (let i = 0; i < listSize; i++) {
    const body = `## Werkafspraak ${i + 1}\n\nWat we samen hebben afgesproken over het programma en de metingen.`;
    const pageId = Number(
      insert.page.run(organisationId, null, `Pagina ${i + 1}`, body, manager, manager).lastInsertRowid,
    );
    insert.revision.run(organisationId, pageId, `Pagina ${i + 1}`, body, manager);
    insert.lesson.run(
      organisationId,
      null,
      `Les ${i + 1}`,
      `Wat we leerden over eenzaamheid en bereik, deel ${i + 1}.`,
      manager,
    );
  }
  // Accounts for the capacity test.
  if (slug !== "klein") {
    for (let k = 0; k < USERS; k++) {
      const kind = k % 10;
      const email = `user${k + 1}@${slug}.bench`;
      const userId = Number(insert.user.run(email, `Gebruiker ${k + 1} ${name}`, passwordHash).lastInsertRowid);
      if (kind < 3) insert.membership.run(userId, organisationId, "management");
      else if (kind < 8) {
        insert.membership.run(userId, organisationId, "programmamanager");
        for (let j = 0; j < 3; j++) {
          const programmeId = programmeIds[(k * 3 + j) % programmeIds.length];
          if (programmeId) insert.member.run(organisationId, programmeId, userId);
        }
      } else insert.partnerMembership.run(userId, organisationId, partnerId, now);
    }
  }
  return { organisationId, slug, index };
}

const started = Date.now();
const created = sqlite.transaction(() => {
  const list = [];
  for (let g = 0; g < GEMEENTEN; g++) list.push(gemeente(g, `Gemeente Bench ${g + 1}`, `bench${g + 1}`, PROGRAMMES));
  list.push(gemeente(GEMEENTEN, "Gemeente Klein", "klein", 2));
  return list;
})();
sqlite.pragma("wal_checkpoint(TRUNCATE)");
sqlite.exec("analyze");
db.$client.close();
console.log(
  `Dataset: ${created.length} gemeenten (${GEMEENTEN} × ${PROGRAMMES} programmes and one with 2) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
