// Generates the benchmark dataset: many gemeenten with years of data, in a database of its own.
//   tsx scripts/bench/generate.ts <database file> [--gemeenten 10] [--programmes 40]
// One extra gemeente "Klein" gets only two programmes, so the benchmark can show that the number of SQL statements
// of the dashboard does not grow with the number of programmes.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { auditEventHash, CHAIN_START } from "../../db/audit-chain";
import { openDatabase } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { hashPassword } from "../../lib/auth/password";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { gemeenten: { type: "string", default: "10" }, programmes: { type: "string", default: "40" } },
});
const file = positionals[0];
if (!file) throw new Error("Give the database file to create.");
const GEMEENTEN = Number(values.gemeenten);
const PROGRAMMES = Number(values.programmes);
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
      for (let m = 0; m < 48; m++) {
        insert.measurement.run(
          organisationId,
          indicatorId,
          day(-4 * 365 + 30 * (m + 1)),
          100 + m * (1 + (i % 3)),
          team,
        );
      }
    }
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
  for (let i = 0; i < 200; i++) {
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
