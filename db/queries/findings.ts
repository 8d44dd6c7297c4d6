// Findings of a study and what each says about the programme's hypotheses and assumptions. Team members add and
// change findings (contribute); updating an assumption's status on the strength of a finding takes edit access.
import "server-only";
import { and, asc, eq, exists, inArray, isNotNull, isNull, type SQL } from "drizzle-orm";
import type { FormShape } from "@/lib/domain/version-conflict";
import { type FindingEditInput, type FindingInput, verdictField } from "@/lib/validation/studies";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { getDb, type Transaction } from "../index";
import {
  assumptions,
  findingLinks,
  findings,
  hypotheses,
  partnerOrganisations,
  programmes,
  studies,
  users,
} from "../schema";
import { guardProgramme, type WriteScope, writeProgramme } from "../write";
import { allInProgramme } from "./programme-rows";
import { ok, refuse } from "./result";
import { nextVersion, type Versioned, versionConflict } from "./versions";

type Ids = { programmeId: number; studyId: number };

/** The programme's hypotheses with the number the hypotheses page gives them ("Hypothese 2"). */
function numberedHypotheses(db: Reader, programmeId: number) {
  return db
    .select({ id: hypotheses.id, activity: hypotheses.activity, change: hypotheses.change })
    .from(hypotheses)
    .where(and(eq(hypotheses.programmeId, programmeId), isNull(hypotheses.archivedAt)))
    .orderBy(asc(hypotheses.id))
    .all()
    .map((h, index) => ({ ...h, number: index + 1 }));
}

function studyOf(db: Reader, { programmeId, studyId }: Ids) {
  const study = db
    .select({ id: studies.id, title: studies.title })
    .from(studies)
    .where(and(eq(studies.id, studyId), eq(studies.programmeId, programmeId)))
    .get();
  if (!study) throw new NotFoundError("study");
  return study;
}

function findingsWithLinks(db: Reader, programmeId: number, where: SQL | undefined) {
  const rows = db
    .select({
      id: findings.id,
      studyId: findings.studyId,
      round: findings.round,
      title: findings.title,
      description: findings.description,
      interpretation: findings.interpretation,
      createdByName: users.name,
      /** The partner organisation whose approved report brought the finding in; null for the gemeente's own. */
      partnerName: partnerOrganisations.name,
      createdAt: findings.createdAt,
      updatedAt: findings.updatedAt,
      version: findings.version,
    })
    .from(findings)
    .innerJoin(users, eq(users.id, findings.createdById))
    .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, findings.partnerOrganisationId))
    .where(where)
    .orderBy(asc(findings.id))
    .all();
  if (rows.length === 0) return [];
  const links = db
    .select({
      id: findingLinks.id,
      findingId: findingLinks.findingId,
      verdict: findingLinks.verdict,
      hypothesisId: findingLinks.hypothesisId,
      assumptionId: findingLinks.assumptionId,
      assumptionStatement: assumptions.statement,
      assumptionStatus: assumptions.status,
      assumptionVersion: assumptions.version,
    })
    .from(findingLinks)
    .leftJoin(assumptions, eq(assumptions.id, findingLinks.assumptionId))
    .where(
      inArray(
        findingLinks.findingId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(findingLinks.id))
    .all();
  const hypothesis = new Map(numberedHypotheses(db, programmeId).map((h) => [h.id, h]));
  return rows.map((row) => ({
    ...row,
    links: links
      .filter((link) => link.findingId === row.id)
      .map((link) => ({ ...link, hypothesis: link.hypothesisId ? (hypothesis.get(link.hypothesisId) ?? null) : null })),
  }));
}

/** The findings of one study that are not archived, oldest first, each with its links. */
export async function listFindingsOfStudy(ids: Ids) {
  await guardProgramme("programme.read", ids.programmeId);
  const db = getDb();
  studyOf(db, ids);
  return findingsWithLinks(db, ids.programmeId, and(eq(findings.studyId, ids.studyId), isNull(findings.archivedAt)));
}

/** One finding of the study, for its edit form; an archived one is not found (it is no longer changed). */
export async function getFinding({ findingId, ...ids }: Ids & { findingId: number }) {
  await guardProgramme("programme.read", ids.programmeId);
  const db = getDb();
  const study = studyOf(db, ids);
  const [finding] = findingsWithLinks(
    db,
    ids.programmeId,
    and(
      eq(findings.id, findingId),
      eq(findings.studyId, ids.studyId),
      eq(findings.programmeId, ids.programmeId),
      isNull(findings.archivedAt),
    ),
  );
  if (!finding) throw new NotFoundError("finding");
  return { ...finding, study };
}

/**
 * What a finding can say something about: the programme's hypotheses and assumptions. Archived ones are no choice,
 * except those the finding being edited already links to: saving it keeps those links.
 */
export async function findingLinkOptions({ programmeId, findingId }: { programmeId: number; findingId?: number }) {
  await guardProgramme("programme.read", programmeId);
  const db = getDb();
  const linkedArchived = (condition: SQL) =>
    db
      .select({ id: findingLinks.id })
      .from(findingLinks)
      .where(and(eq(findingLinks.findingId, findingId ?? -1), condition));
  return {
    archived: {
      hypotheses: db
        .select({ id: hypotheses.id, activity: hypotheses.activity, change: hypotheses.change })
        .from(hypotheses)
        .where(
          and(
            eq(hypotheses.programmeId, programmeId),
            isNotNull(hypotheses.archivedAt),
            exists(linkedArchived(eq(findingLinks.hypothesisId, hypotheses.id))),
          ),
        )
        .all(),
      assumptions: db
        .select({ id: assumptions.id, statement: assumptions.statement })
        .from(assumptions)
        .where(
          and(
            eq(assumptions.programmeId, programmeId),
            isNotNull(assumptions.archivedAt),
            exists(linkedArchived(eq(findingLinks.assumptionId, assumptions.id))),
          ),
        )
        .all(),
    },
    hypotheses: numberedHypotheses(db, programmeId),
    assumptions: db
      .select({ id: assumptions.id, statement: assumptions.statement })
      .from(assumptions)
      .where(and(eq(assumptions.programmeId, programmeId), isNull(assumptions.archivedAt)))
      .orderBy(asc(assumptions.id))
      .all(),
  };
}

type Link = Pick<FindingInput["links"][number], "hypothesisId" | "assumptionId">;

/**
 * Whether every linked hypothesis and assumption belongs to this programme and is not archived; a link the finding
 * already had to a since archived one may stay (`kept`), a new link to an archived one may not.
 */
function linksBelong(db: Reader, programmeId: number, links: FindingInput["links"], kept: Link[] = []) {
  const isNew = (link: Link) =>
    !kept.some(
      (k) =>
        (link.hypothesisId && k.hypothesisId === link.hypothesisId) ||
        (link.assumptionId && k.assumptionId === link.assumptionId),
    );
  const fresh = links.filter(isNew);
  const archivedAmong = (ids: number[], table: typeof hypotheses | typeof assumptions) =>
    ids.length > 0 &&
    db
      .select({ id: table.id })
      .from(table)
      .where(and(inArray(table.id, ids), isNotNull(table.archivedAt)))
      .all().length > 0;
  const ids = (list: Link[], key: keyof Link) => list.map((l) => l[key]).filter((id): id is number => Boolean(id));
  return (
    allInProgramme(
      db,
      hypotheses,
      links.map((l) => l.hypothesisId),
      programmeId,
    ) &&
    allInProgramme(
      db,
      assumptions,
      links.map((l) => l.assumptionId),
      programmeId,
    ) &&
    !archivedAmong(ids(fresh, "hypothesisId"), hypotheses) &&
    !archivedAmong(ids(fresh, "assumptionId"), assumptions)
  );
}

function writeLinks(tx: Transaction, organisationId: number, findingId: number, links: FindingInput["links"]) {
  tx.delete(findingLinks).where(eq(findingLinks.findingId, findingId)).run();
  for (const link of links)
    tx.insert(findingLinks)
      .values({ organisationId, findingId, ...link })
      .run();
}

export function createFinding(ids: Ids, input: FindingInput) {
  return writeProgramme(
    { permission: "programme.contribute", target: ids.programmeId, record: { type: "study", id: ids.studyId } },
    (scope) => {
      const study = studyOf(scope.tx, ids);
      if (!linksBelong(scope.tx, ids.programmeId, input.links)) return refuse("invalid");
      return ok({ findingId: addFindingIn(scope, { programmeId: ids.programmeId, study }, input) });
    },
  );
}

/**
 * Adds a finding of a study of the programme, with its links, inside a write that already checked who may and that
 * the links belong: by hand above, or on the approval of a partner's report (`source`: who brought it in).
 */
export function addFindingIn(
  { tx, viewer, audit }: Pick<WriteScope, "tx" | "viewer" | "audit">,
  { programmeId, study }: { programmeId: number; study: { id: number; title: string } },
  input: FindingInput,
  source?: { createdById: number; partnerOrganisationId: number },
) {
  const { links, ...values } = input;
  const { id } = tx
    .insert(findings)
    .values({
      organisationId: viewer.organisationId,
      programmeId,
      studyId: study.id,
      // The round in which the finding came in, for the learning phase of that round.
      round: currentRound(tx, programmeId),
      createdById: source?.createdById ?? viewer.userId,
      partnerOrganisationId: source?.partnerOrganisationId ?? null,
      ...values,
    })
    .returning({ id: findings.id })
    .get();
  writeLinks(tx, viewer.organisationId, id, links);
  audit({
    action: "finding.created",
    entityType: "finding",
    entityId: id,
    summary: `${study.title}: ${input.title}`,
    after: source ? { ...input, partnerOrganisationId: source.partnerOrganisationId } : input,
  });
  return id;
}

function currentRound(db: Reader, programmeId: number) {
  return (
    db.select({ round: programmes.round }).from(programmes).where(eq(programmes.id, programmeId)).get()?.round ?? 1
  );
}

const FINDING_SAVES = ["finding.created", "finding.updated"] as const;

/** A finding as its form sends it: a verdict field for every hypothesis and assumption it says something about. */
function findingForm(values: {
  title: string;
  description: string;
  interpretation: string;
  links: FindingInput["links"];
}) {
  const shape: FormShape = {
    title: values.title,
    description: values.description,
    interpretation: values.interpretation,
  };
  for (const link of values.links) {
    if (link.hypothesisId) shape[verdictField("h", link.hypothesisId)] = link.verdict;
    if (link.assumptionId) shape[verdictField("a", link.assumptionId)] = link.verdict;
  }
  return shape;
}

/**
 * Changes a finding and what it says about hypotheses and assumptions. Refused, with nothing changed, when someone
 * else saved it after the form was opened and the save would change what they saved.
 */
export function updateFinding(
  { findingId, ...ids }: Ids & { findingId: number },
  { version, ...input }: FindingEditInput,
): Promise<Versioned> {
  return writeProgramme(
    { permission: "programme.contribute", target: ids.programmeId, record: { type: "finding", id: findingId } },
    (scope): Versioned => {
      const { tx, viewer, audit } = scope;
      const study = studyOf(tx, ids);
      const row = tx
        .select({
          title: findings.title,
          description: findings.description,
          interpretation: findings.interpretation,
          version: findings.version,
        })
        .from(findings)
        .where(and(eq(findings.id, findingId), eq(findings.studyId, study.id), isNull(findings.archivedAt)))
        .get();
      if (!row) throw new NotFoundError("finding");
      const { version: current, ...before } = row;
      const linksBefore = tx
        .select({
          hypothesisId: findingLinks.hypothesisId,
          assumptionId: findingLinks.assumptionId,
          verdict: findingLinks.verdict,
        })
        .from(findingLinks)
        .where(eq(findingLinks.findingId, findingId))
        .all();
      const conflict = versionConflict(
        scope,
        { entityType: "finding", entityId: findingId, actions: FINDING_SAVES },
        {
          submitted: version,
          current,
          mine: findingForm(input),
          saved: findingForm({ ...before, links: linksBefore }),
        },
      );
      if (conflict) return conflict;
      if (!linksBelong(tx, ids.programmeId, input.links, linksBefore)) return refuse("invalid");
      const { links, ...values } = input;
      tx.update(findings)
        .set({ ...values, version: nextVersion(findings.version), updatedAt: new Date() })
        .where(eq(findings.id, findingId))
        .run();
      writeLinks(tx, viewer.organisationId, findingId, links);
      audit({
        action: "finding.updated",
        entityType: "finding",
        entityId: findingId,
        summary: `${study.title}: ${input.title}`,
        before: { ...before, links: linksBefore },
        after: input,
      });
      return ok(undefined);
    },
  );
}
