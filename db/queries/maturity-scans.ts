// The impact-maturity scan of a team or a partner organisation: taking one, the paged list, one result with the
// change since the subject's scan before it, and the before/after of a learning track. The kernel's
// "maturityScans.*": a partner sees and takes only scans of its own organisation.
import "server-only";
import { and, asc, desc, eq, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import {
  type Answers,
  type DimensionScores,
  dimensionScores,
  overallScore,
  scoreChange,
  suggestModules,
  weakestDimensions,
} from "@/lib/domain/maturity";
import { can } from "@/lib/domain/permissions";
import type { ScanInput } from "@/lib/validation/training";
import { type Reader, scanRelation, scansVisibleTo, trackRelation, tracksVisibleTo } from "../access";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import { learningTracks, maturityScans, partnerOrganisations, users } from "../schema";
import { write } from "../write";
import { type MutationResult, ok, refuse } from "./result";

export const SCANS_PAGE_SIZE = 20;

const scanColumns = {
  id: maturityScans.id,
  trackId: maturityScans.trackId,
  trackTitle: learningTracks.title,
  moment: maturityScans.moment,
  teamName: maturityScans.teamName,
  partnerOrganisationId: maturityScans.partnerOrganisationId,
  partnerName: partnerOrganisations.name,
  takenOn: maturityScans.takenOn,
  answers: maturityScans.answers,
  note: maturityScans.note,
  takenByName: users.name,
};

function scans(db: Reader) {
  return db
    .select(scanColumns)
    .from(maturityScans)
    .innerJoin(users, eq(users.id, maturityScans.takenById))
    .leftJoin(learningTracks, eq(learningTracks.id, maturityScans.trackId))
    .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, maturityScans.partnerOrganisationId))
    .$dynamic();
}

type ScanRow = Awaited<ReturnType<ReturnType<typeof scans>["all"]>>[number];

const withScores = (row: ScanRow) => {
  const scores = dimensionScores(row.answers as Answers);
  return { ...row, subject: row.partnerName ?? row.teamName, scores, overall: overallScore(scores) };
};

export async function listMaturityScans({ page = 1 }: { page?: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  const where = scansVisibleTo(viewer, "maturityScans.read");
  const total = db.select({ n: sql<number>`count(*)` }).from(maturityScans).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / SCANS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = scans(db)
    .where(where)
    .orderBy(desc(maturityScans.takenOn), desc(maturityScans.id))
    .limit(SCANS_PAGE_SIZE)
    .offset((current - 1) * SCANS_PAGE_SIZE)
    .all()
    .map(withScores);
  return { rows, total, page: current, pageCount };
}

/** The same subject: the same team by name, or the same partner organisation. */
const sameSubject = (row: { teamName: string; partnerOrganisationId: number | null }): SQL =>
  row.partnerOrganisationId === null
    ? (and(isNull(maturityScans.partnerOrganisationId), eq(maturityScans.teamName, row.teamName)) as SQL)
    : eq(maturityScans.partnerOrganisationId, row.partnerOrganisationId);

/** One scan's result, with the change since the same subject's scan before it and the modules it points to. */
export async function getMaturityScan({ scanId }: { scanId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  const row = scans(db)
    .where(and(eq(maturityScans.id, scanId), scansVisibleTo(viewer, "maturityScans.read")))
    .get();
  if (!row) throw new NotFoundError("maturity_scan");
  const scan = withScores(row);
  const previousRow = scans(db)
    .where(
      and(
        scansVisibleTo(viewer, "maturityScans.read"),
        sameSubject(row),
        or(
          lt(maturityScans.takenOn, row.takenOn),
          and(eq(maturityScans.takenOn, row.takenOn), lt(maturityScans.id, row.id)),
        ),
      ),
    )
    .orderBy(desc(maturityScans.takenOn), desc(maturityScans.id))
    .get();
  const previous = previousRow ? withScores(previousRow) : null;
  return {
    ...scan,
    previous: previous ? { id: previous.id, takenOn: previous.takenOn, moment: previous.moment } : null,
    changes: scoreChange(previous?.scores ?? emptyScores(), scan.scores),
    weakest: weakestDimensions(scan.scores),
    suggestions: suggestModules(scan.scores),
  };
}

const emptyScores = (): DimensionScores => dimensionScores({});

/**
 * The scans of a track the viewer may read, per subject: the latest at the start and the latest at the end, with the
 * change per dimension.
 */
export function trackScanSummary(db: Reader, viewer: Viewer, trackId: number) {
  const rows = scans(db)
    .where(and(eq(maturityScans.trackId, trackId), scansVisibleTo(viewer, "maturityScans.read")))
    .orderBy(asc(maturityScans.takenOn), asc(maturityScans.id))
    .all()
    .map(withScores);
  const subjects = new Map<
    string,
    { subject: string; before?: (typeof rows)[number]; after?: (typeof rows)[number] }
  >();
  for (const row of rows) {
    const key = `${row.partnerOrganisationId ?? ""}:${row.teamName}`;
    const entry = subjects.get(key) ?? { subject: row.subject };
    if (row.moment === "begin") entry.before = row;
    if (row.moment === "eind") entry.after = row;
    subjects.set(key, entry);
  }
  return {
    all: rows.map(({ id, subject, moment, takenOn, overall }) => ({ id, subject, moment, takenOn, overall })),
    subjects: [...subjects.values()].map(({ subject, before, after }) => ({
      subject,
      beforeId: before?.id ?? null,
      afterId: after?.id ?? null,
      changes: scoreChange(before?.scores ?? emptyScores(), after?.scores ?? emptyScores()),
      overallBefore: before?.overall ?? null,
      overallAfter: after?.overall ?? null,
    })),
  };
}

/** The choices of the scan form: the partner organisations the viewer may scan, and the tracks they can read. */
export async function scanFormOptions() {
  const viewer = await requireViewer();
  const db = getDb();
  const partners = db
    .select({ id: partnerOrganisations.id, name: partnerOrganisations.name })
    .from(partnerOrganisations)
    .where(eq(partnerOrganisations.organisationId, viewer.organisationId))
    .orderBy(asc(partnerOrganisations.name))
    .all()
    .filter((p) => can(viewer.role, "maturityScans.take") || p.id === viewer.partnerOrganisationId);
  const tracks = db
    .select({ id: learningTracks.id, title: learningTracks.title })
    .from(learningTracks)
    .where(and(tracksVisibleTo(viewer, "learningTracks.read"), isNull(learningTracks.archivedAt)))
    .orderBy(asc(learningTracks.title))
    .all();
  return { partners, tracks, teams: can(viewer.role, "maturityScans.take"), today: new Date() };
}

export function recordMaturityScan(input: ScanInput) {
  return write(
    {
      permission: "maturityScans.take",
      target: { relation: (_db, viewer) => scanRelation(viewer, input.partnerOrganisationId) },
      record: { type: "maturity_scan" },
    },
    ({ tx, viewer, audit }): MutationResult<{ scanId: number }> => {
      if (input.trackId !== null) {
        // Only on a track the viewer reads, and not on an archived one.
        trackRelation(viewer, input.trackId, tx);
        const track = tx
          .select({ archivedAt: learningTracks.archivedAt })
          .from(learningTracks)
          .where(eq(learningTracks.id, input.trackId))
          .get();
        if (track?.archivedAt) return refuse("archivedTrack");
      }
      let subject = input.teamName;
      if (input.partnerOrganisationId !== null) {
        const partner = tx
          .select({ id: partnerOrganisations.id, name: partnerOrganisations.name })
          .from(partnerOrganisations)
          .where(
            and(
              eq(partnerOrganisations.id, input.partnerOrganisationId),
              eq(partnerOrganisations.organisationId, viewer.organisationId),
            ),
          )
          .get();
        if (!partner) throw new NotFoundError("partner_organisation");
        subject = partner.name;
      }
      const { id } = tx
        .insert(maturityScans)
        .values({ organisationId: viewer.organisationId, takenById: viewer.userId, ...input })
        .returning({ id: maturityScans.id })
        .get();
      audit({
        action: "maturity_scan.taken",
        entityType: "maturity_scan",
        entityId: id,
        summary: subject,
        after: input,
      });
      return ok({ scanId: id });
    },
  );
}
