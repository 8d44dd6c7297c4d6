import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { TimelineEvent } from "@/lib/domain/timeline";
import {
  assumptionStatusChanges,
  assumptions,
  correctionTransitions,
  courseCorrections,
  findings,
  hypotheses,
  learningQuestions,
  phaseChanges,
  programmes,
  studies,
  tocElements,
  users,
} from "../schema";
import { guardProgramme } from "../write";

/**
 * Everything that happened to a programme, read from the records themselves (not from the audit trail, which also
 * holds small edits): definition, research, findings, status changes, decisions and phases. Labels are message keys.
 */
export async function programmeTimelineEvents({ programmeId }: { programmeId: number }): Promise<TimelineEvent[]> {
  const { db } = await guardProgramme("programme.read", programmeId);
  const base = `/programmes/${programmeId}`;
  const events: TimelineEvent[] = [];

  const programme = db
    .select({ name: programmes.name, createdAt: programmes.createdAt })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
    .get();
  if (programme) events.push({ at: programme.createdAt, kind: "programme", title: programme.name, href: base });

  for (const e of db.select().from(tocElements).where(eq(tocElements.programmeId, programmeId)).all()) {
    events.push({ at: e.createdAt, kind: "toc", foldable: true, title: e.title, href: `${base}/theory` });
  }
  for (const h of db.select().from(hypotheses).where(eq(hypotheses.programmeId, programmeId)).all()) {
    events.push({
      at: h.createdAt,
      kind: "hypothesis",
      foldable: true,
      title: `${h.activity} → ${h.change}`,
      href: `${base}/hypotheses`,
    });
  }
  for (const a of db.select().from(assumptions).where(eq(assumptions.programmeId, programmeId)).all()) {
    events.push({
      at: a.createdAt,
      kind: "assumption",
      foldable: true,
      title: a.statement,
      href: `${base}/assumptions/${a.id}`,
    });
  }
  const changes = db
    .select({
      at: assumptionStatusChanges.changedAt,
      assumptionId: assumptions.id,
      statement: assumptions.statement,
      from: assumptionStatusChanges.fromStatus,
      to: assumptionStatusChanges.toStatus,
      reason: assumptionStatusChanges.reason,
      actor: users.name,
    })
    .from(assumptionStatusChanges)
    .innerJoin(assumptions, eq(assumptions.id, assumptionStatusChanges.assumptionId))
    .innerJoin(users, eq(users.id, assumptionStatusChanges.changedById))
    .where(eq(assumptions.programmeId, programmeId))
    .all();
  for (const c of changes) {
    events.push({
      at: c.at,
      kind: `assumptionStatus.${c.to}`,
      title: c.statement,
      detail: c.reason,
      actor: c.actor,
      href: `${base}/assumptions/${c.assumptionId}`,
    });
  }
  for (const s of db.select().from(studies).where(eq(studies.programmeId, programmeId)).all()) {
    events.push({ at: s.createdAt, kind: "study", title: s.title, href: `${base}/studies/${s.id}` });
    if (s.status === "afgerond" && s.endDate) {
      events.push({
        at: new Date(`${s.endDate}T12:00:00Z`),
        kind: "studyFinished",
        title: s.title,
        href: `${base}/studies/${s.id}`,
      });
    }
  }
  // A finding of a partner's report that was reopened is archived: it no longer happened to the programme.
  const live = and(eq(findings.programmeId, programmeId), isNull(findings.archivedAt));
  for (const f of db.select().from(findings).where(live).all()) {
    events.push({
      at: f.createdAt,
      kind: "finding",
      title: f.title,
      detail: f.interpretation || undefined,
      href: `${base}/studies/${f.studyId}`,
    });
  }
  const answered = db
    .select()
    .from(learningQuestions)
    .where(and(eq(learningQuestions.programmeId, programmeId), eq(learningQuestions.status, "beantwoord")))
    .all();
  for (const q of answered) {
    events.push({
      at: q.updatedAt,
      kind: "questionAnswered",
      title: q.question,
      detail: q.answer,
      href: `/learning-questions/${q.id}`,
    });
  }
  const transitions = db
    .select({
      at: correctionTransitions.changedAt,
      to: correctionTransitions.toStatus,
      note: correctionTransitions.note,
      id: courseCorrections.id,
      title: courseCorrections.title,
      actor: users.name,
    })
    .from(correctionTransitions)
    .innerJoin(courseCorrections, eq(courseCorrections.id, correctionTransitions.correctionId))
    .innerJoin(users, eq(users.id, correctionTransitions.changedById))
    .where(eq(courseCorrections.programmeId, programmeId))
    .all();
  for (const t of transitions) {
    events.push({
      at: t.at,
      kind: `correction.${t.to}`,
      title: t.title,
      detail: t.note || undefined,
      actor: t.actor,
      href: `${base}/corrections/${t.id}`,
    });
  }
  const phases = db
    .select({
      at: phaseChanges.changedAt,
      toRound: phaseChanges.toRound,
      toPhase: phaseChanges.toPhase,
      note: phaseChanges.note,
      actor: users.name,
    })
    .from(phaseChanges)
    .innerJoin(users, eq(users.id, phaseChanges.changedById))
    .where(and(eq(phaseChanges.programmeId, programmeId), isNotNull(phaseChanges.toPhase)))
    .all();
  for (const p of phases) {
    events.push({
      at: p.at,
      kind: `phase.${p.toPhase}`,
      title: String(p.toRound),
      detail: p.note || undefined,
      actor: p.actor,
    });
  }
  return events;
}
