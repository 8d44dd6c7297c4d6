import "server-only";
import { and, count, eq, gte, isNotNull, isNull, lt, lte, max, min, or, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { type TimelineEvent, type TimelineWindow, timelineWindow } from "@/lib/domain/timeline";
import type { Reader } from "../access";
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
  return eventsIn(db, programmeId, null);
}

type Span = { n: number; first: Date | null; last: Date | null };

const stats = <C extends SQLiteColumn>(at: C) => ({ n: count(), first: min(at), last: max(at) });

/**
 * How many events the programme's timeline holds and when the first and the last happened, counted in SQL per
 * source without reading the events themselves.
 */
function timelineSpan(db: Reader, programmeId: number): Span {
  const spans: (Span | undefined)[] = [
    db.select(stats(programmes.createdAt)).from(programmes).where(eq(programmes.id, programmeId)).get(),
    db.select(stats(tocElements.createdAt)).from(tocElements).where(eq(tocElements.programmeId, programmeId)).get(),
    db.select(stats(hypotheses.createdAt)).from(hypotheses).where(eq(hypotheses.programmeId, programmeId)).get(),
    db.select(stats(assumptions.createdAt)).from(assumptions).where(eq(assumptions.programmeId, programmeId)).get(),
    db
      .select(stats(assumptionStatusChanges.changedAt))
      .from(assumptionStatusChanges)
      .innerJoin(assumptions, eq(assumptions.id, assumptionStatusChanges.assumptionId))
      .where(eq(assumptions.programmeId, programmeId))
      .get(),
    db.select(stats(studies.createdAt)).from(studies).where(eq(studies.programmeId, programmeId)).get(),
    db
      .select(stats(findings.createdAt))
      .from(findings)
      .where(and(eq(findings.programmeId, programmeId), isNull(findings.archivedAt)))
      .get(),
    db
      .select(stats(learningQuestions.updatedAt))
      .from(learningQuestions)
      .where(and(eq(learningQuestions.programmeId, programmeId), eq(learningQuestions.status, "beantwoord")))
      .get(),
    db
      .select(stats(correctionTransitions.changedAt))
      .from(correctionTransitions)
      .innerJoin(courseCorrections, eq(courseCorrections.id, correctionTransitions.correctionId))
      .where(eq(courseCorrections.programmeId, programmeId))
      .get(),
    db
      .select(stats(phaseChanges.changedAt))
      .from(phaseChanges)
      .where(and(eq(phaseChanges.programmeId, programmeId), isNotNull(phaseChanges.toPhase)))
      .get(),
  ];
  const finished = db
    .select({ n: count(), first: min(studies.endDate), last: max(studies.endDate) })
    .from(studies)
    .where(and(eq(studies.programmeId, programmeId), eq(studies.status, "afgerond"), isNotNull(studies.endDate)))
    .get();
  if (finished?.n && finished.first && finished.last) {
    spans.push({
      n: finished.n,
      first: new Date(`${finished.first}T12:00:00Z`),
      last: new Date(`${finished.last}T12:00:00Z`),
    });
  }
  const moments = (pick: (span: Span) => Date | null) =>
    spans
      .map((span) => (span ? pick(span) : null))
      .filter((at): at is Date => at instanceof Date && !Number.isNaN(at.getTime()))
      .map(Number);
  const firsts = moments((span) => span.first);
  const lasts = moments((span) => span.last);
  return {
    n: spans.reduce((sum, span) => sum + (span?.n ?? 0), 0),
    first: firsts.length ? new Date(Math.min(...firsts)) : null,
    last: lasts.length ? new Date(Math.max(...lasts)) : null,
  };
}

/**
 * One screen of a programme's timeline: the events of a window of months (timelineWindow in lib/domain/timeline.ts),
 * read in SQL for that window only, with the count of all its events. Page 1 (the default) is the latest year.
 */
export async function programmeTimeline({ programmeId, page }: { programmeId: number; page?: number }) {
  const { db } = await guardProgramme("programme.read", programmeId);
  const span = timelineSpan(db, programmeId);
  const window = timelineWindow(span.first, span.last, page);
  const events = window ? eventsIn(db, programmeId, window) : [];
  return { events, window, total: span.n };
}

/** The events of the programme, within the window when one is given. */
function eventsIn(db: Reader, programmeId: number, window: TimelineWindow | null): TimelineEvent[] {
  const base = `/programmes/${programmeId}`;
  const events: TimelineEvent[] = [];
  const within = (at: SQLiteColumn, where: SQL | undefined) =>
    window ? and(where, gte(at, window.from), lt(at, window.to)) : where;
  const inWindow = (at: Date) => !window || (at >= window.from && at < window.to);

  const programme = db
    .select({ name: programmes.name, createdAt: programmes.createdAt })
    .from(programmes)
    .where(within(programmes.createdAt, eq(programmes.id, programmeId)))
    .get();
  if (programme) events.push({ at: programme.createdAt, kind: "programme", title: programme.name, href: base });

  for (const e of db
    .select()
    .from(tocElements)
    .where(within(tocElements.createdAt, eq(tocElements.programmeId, programmeId)))
    .all()) {
    events.push({ at: e.createdAt, kind: "toc", foldable: true, title: e.title, href: `${base}/theory` });
  }
  for (const h of db
    .select()
    .from(hypotheses)
    .where(within(hypotheses.createdAt, eq(hypotheses.programmeId, programmeId)))
    .all()) {
    events.push({
      at: h.createdAt,
      kind: "hypothesis",
      foldable: true,
      title: `${h.activity} → ${h.change}`,
      href: `${base}/hypotheses`,
    });
  }
  for (const a of db
    .select()
    .from(assumptions)
    .where(within(assumptions.createdAt, eq(assumptions.programmeId, programmeId)))
    .all()) {
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
    .where(within(assumptionStatusChanges.changedAt, eq(assumptions.programmeId, programmeId)))
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
  const studyWhere = window
    ? and(
        eq(studies.programmeId, programmeId),
        or(
          and(gte(studies.createdAt, window.from), lt(studies.createdAt, window.to)),
          and(gte(studies.endDate, `${window.firstMonth}-01`), lte(studies.endDate, `${window.lastMonth}-31`)),
        ),
      )
    : eq(studies.programmeId, programmeId);
  for (const s of db.select().from(studies).where(studyWhere).all()) {
    if (inWindow(s.createdAt)) {
      events.push({ at: s.createdAt, kind: "study", title: s.title, href: `${base}/studies/${s.id}` });
    }
    const finishedAt = s.endDate ? new Date(`${s.endDate}T12:00:00Z`) : null;
    if (s.status === "afgerond" && finishedAt && inWindow(finishedAt)) {
      events.push({
        at: finishedAt,
        kind: "studyFinished",
        title: s.title,
        href: `${base}/studies/${s.id}`,
      });
    }
  }
  // A finding of a partner's report that was reopened is archived: it no longer happened to the programme.
  const live = and(eq(findings.programmeId, programmeId), isNull(findings.archivedAt));
  for (const f of db.select().from(findings).where(within(findings.createdAt, live)).all()) {
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
    .where(
      within(
        learningQuestions.updatedAt,
        and(eq(learningQuestions.programmeId, programmeId), eq(learningQuestions.status, "beantwoord")),
      ),
    )
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
    .where(within(correctionTransitions.changedAt, eq(courseCorrections.programmeId, programmeId)))
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
    .where(
      within(phaseChanges.changedAt, and(eq(phaseChanges.programmeId, programmeId), isNotNull(phaseChanges.toPhase))),
    )
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
