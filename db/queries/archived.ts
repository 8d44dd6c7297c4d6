// Reading what is archived: the banner and the buttons on a record's own page, the "Gearchiveerd (3)" link below a
// list and the paged list behind it, with who archived each record, when and why. Archived records are read by
// whoever may read them when they are not archived; what may be restored or deleted, the kernel says.
import "server-only";
import { and, count, desc, eq, isNotNull, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { cache } from "react";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import type { ArchivableKind } from "@/lib/domain/archive";
import { permits, type Reader, visibleTo } from "../access";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import { programmes, users } from "../schema";
import { guard, guardProgramme } from "../write";
import { archivableRecord, type RecordRef, readableProgrammeOf, whyNotDeletable } from "./archive";
import { isArchived, KINDS } from "./archive-kinds";

export const ARCHIVE_PAGE_SIZE = 25;

const archivers = alias(users, "archivers");

type Scope = { viewer: Viewer; db: Reader; where: SQL | undefined };

/**
 * Who is asking and which records of this kind they may read: a programme's records for whoever reads the
 * programme, programmes, pages and lessons as the kernel lets the viewer read them, the roadmap for route readers.
 */
async function listScope(kind: ArchivableKind, programmeId?: number): Promise<Scope> {
  const info = KINDS[kind];
  const table = info.table;
  const column = info.programmeColumn as typeof programmes.id;
  switch (info.place) {
    case "self": {
      const viewer = await requireViewer();
      const db = getDb();
      const columns = { organisationId: programmes.organisationId, programmeId: programmes.id };
      return { viewer, db, where: visibleTo(viewer, "programme.read", columns, db) };
    }
    case "programme": {
      if (programmeId === undefined) throw new NotFoundError(kind);
      const { viewer, db } = await guardProgramme("programme.read", programmeId);
      return { viewer, db, where: and(eq(table.organisationId, viewer.organisationId), eq(column, programmeId)) };
    }
    case "either": {
      const permission = info.readPermission ?? "programme.read";
      if (programmeId !== undefined) await guardProgramme(permission, programmeId);
      const viewer = await requireViewer();
      const db = getDb();
      const visible = visibleTo(viewer, permission, { organisationId: table.organisationId, programmeId: column }, db);
      return { viewer, db, where: programmeId === undefined ? visible : and(visible, eq(column, programmeId)) };
    }
    case "gemeente": {
      const { viewer, db } = await guard("route.read");
      return { viewer, db, where: eq(table.organisationId, viewer.organisationId) };
    }
  }
}

/** Where a change of this record lands for the kernel: its programme, or null for the gemeente. */
function changeTarget(kind: ArchivableKind, id: number, programmeId: number | null): number | null {
  return KINDS[kind].place === "self" ? id : programmeId;
}

/** Whether the viewer may restore (and archive) a record of this kind here; never inside an archived programme. */
function mayChange(viewer: Viewer, db: Reader, kind: ArchivableKind, id: number, programmeId: number | null) {
  const target = changeTarget(kind, id, programmeId);
  if (!permits(viewer, KINDS[kind].permission, target, db)) return false;
  return kind === "programme" || target === null || !isArchived(db, "programme", viewer.organisationId, target);
}

/** How many records of this kind the viewer finds under "Gearchiveerd" (of one programme, when given). */
export async function archivedCount({ kind, programmeId }: { kind: ArchivableKind; programmeId?: number }) {
  const { db, where } = await listScope(kind, programmeId);
  const table = KINDS[kind].table;
  return (
    db
      .select({ n: count() })
      .from(table as typeof programmes)
      .where(and(where, isNotNull(table.archivedAt)))
      .get()?.n ?? 0
  );
}

/** One page of the archived records of this kind, the most recently archived first, with who, when and why. */
export async function listArchived({
  kind,
  programmeId,
  page = 1,
}: {
  kind: ArchivableKind;
  programmeId?: number;
  page?: number;
}) {
  const { viewer, db, where } = await listScope(kind, programmeId);
  const info = KINDS[kind];
  const table = info.table as typeof programmes;
  const condition = and(where, isNotNull(table.archivedAt));
  const total = db.select({ n: count() }).from(table).where(condition).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / ARCHIVE_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = db
    .select({
      id: table.id,
      label: info.label,
      programmeId: sql<number | null>`${info.programmeColumn ?? sql`null`}`,
      archivedAt: table.archivedAt,
      archiveReason: table.archiveReason,
      archivedByName: archivers.name,
    })
    .from(table)
    .leftJoin(archivers, eq(archivers.id, table.archivedById))
    .where(condition)
    .orderBy(desc(table.archivedAt), desc(table.id))
    .limit(ARCHIVE_PAGE_SIZE)
    .offset((current - 1) * ARCHIVE_PAGE_SIZE)
    .all();
  return {
    rows: rows.map((row) => ({
      ...row,
      archivedAt: row.archivedAt as Date,
      mayRestore: mayChange(viewer, db, kind, row.id, row.programmeId),
    })),
    total,
    page: current,
    pageCount,
  };
}

export type ArchivedRow = Awaited<ReturnType<typeof listArchived>>["rows"][number];

/**
 * For a record's own page: whether it is archived (by whom, when, why), and what the viewer may do: archive it,
 * restore it, or (made by mistake, see lib/domain/archive.ts) delete it. NotFoundError for a record they cannot read.
 */
export function archiveState(ref: RecordRef) {
  return archiveStateOnce(ref.kind, ref.id, ref.programmeId);
}

// Once per request: a programme's layout and its overview both show it.
const archiveStateOnce = cache(async (kind: ArchivableKind, id: number, programmeId: number | undefined) => {
  const ref: RecordRef = { kind, id, programmeId };
  const info = KINDS[ref.kind];
  let viewer: Viewer;
  let db: Reader;
  if (info.place === "self") ({ viewer, db } = await guardProgramme("programme.read", ref.id));
  else if (info.place === "programme") ({ viewer, db } = await guardProgramme("programme.read", ref.programmeId ?? -1));
  else if (info.place === "gemeente") ({ viewer, db } = await guard("route.read"));
  else {
    viewer = await requireViewer();
    db = getDb();
    readableProgrammeOf(db, viewer, ref);
  }
  const row = archivableRecord(db, viewer, ref);
  const archivedBy = row.archivedById
    ? (db.select({ name: users.name }).from(users).where(eq(users.id, row.archivedById)).get()?.name ?? null)
    : null;
  const target = changeTarget(ref.kind, ref.id, row.programmeId);
  const allowed = permits(viewer, info.permission, target, db);
  const programmeArchived =
    ref.kind !== "programme" && target !== null && isArchived(db, "programme", viewer.organisationId, target);
  const open = allowed && !programmeArchived;
  return {
    archived: row.archivedAt ? { at: row.archivedAt, byName: archivedBy, reason: row.archiveReason ?? "" } : null,
    programmeArchived,
    mayArchive: open && !row.archivedAt,
    mayRestore: open && Boolean(row.archivedAt),
    mayDelete: open && whyNotDeletable(db, viewer, ref, new Date(), row) === null,
  };
});

export type ArchiveState = Awaited<ReturnType<typeof archiveState>>;
