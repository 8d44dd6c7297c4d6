// What a partner's home page shows beside "Mijn werk": the programmes its organisation takes part in, and the course
// corrections lately decided on, rejected or carried out in them. Both are limited to what the kernel lets the viewer
// read (visibleTo), so a partner never sees another programme; archived programmes are left out.
import "server-only";
import { and, asc, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { requireViewer } from "@/lib/auth/viewer";
import { visibleTo } from "../access";
import { getDb } from "../index";
import { correctionTransitions, courseCorrections, programmes, users } from "../schema";

/** How many programmes the home page names before "meer". */
export const HOME_PROGRAMMES = 5;
/** How many decisions the home page shows per page. */
export const HOME_DECISIONS = 5;

/** The first programmes the viewer may read, by name, and how many there are. */
export async function homeProgrammes({ limit = HOME_PROGRAMMES }: { limit?: number } = {}) {
  const viewer = await requireViewer();
  const db = getDb();
  const where = and(
    visibleTo(viewer, "programme.read", { organisationId: programmes.organisationId, programmeId: programmes.id }, db),
    isNull(programmes.archivedAt),
  );
  const total = db.select({ n: count() }).from(programmes).where(where).get()?.n ?? 0;
  const items = db
    .select({ id: programmes.id, name: programmes.name, status: programmes.status, phase: programmes.phase })
    .from(programmes)
    .where(where)
    .orderBy(asc(programmes.name), asc(programmes.id))
    .limit(limit)
    .all();
  return { total, items };
}

const DECIDED = ["besloten", "afgewezen", "doorgevoerd"] as const;

/**
 * The decisions on course corrections in the programmes the viewer may read, the newest first, a page at a time:
 * each step to decided, rejected or carried out, with who took it and when. A page beyond the last shows the last.
 */
export async function recentDecisions({ page: asked = 1, size = HOME_DECISIONS }: { page?: number; size?: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  const where = and(
    visibleTo(
      viewer,
      "programme.read",
      { organisationId: courseCorrections.organisationId, programmeId: courseCorrections.programmeId },
      db,
    ),
    inArray(correctionTransitions.toStatus, [...DECIDED]),
    isNull(programmes.archivedAt),
  );
  const total =
    db
      .select({ n: count() })
      .from(correctionTransitions)
      .innerJoin(courseCorrections, eq(courseCorrections.id, correctionTransitions.correctionId))
      .innerJoin(programmes, eq(programmes.id, courseCorrections.programmeId))
      .where(where)
      .get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Number.isSafeInteger(asked) && asked > 0 ? asked : 1, pageCount);
  const items = db
    .select({
      id: correctionTransitions.id,
      correctionId: courseCorrections.id,
      title: courseCorrections.title,
      status: correctionTransitions.toStatus,
      decidedAt: correctionTransitions.changedAt,
      decidedByName: users.name,
      programmeId: programmes.id,
      programmeName: programmes.name,
    })
    .from(correctionTransitions)
    .innerJoin(courseCorrections, eq(courseCorrections.id, correctionTransitions.correctionId))
    .innerJoin(programmes, eq(programmes.id, courseCorrections.programmeId))
    .innerJoin(users, eq(users.id, correctionTransitions.changedById))
    .where(where)
    .orderBy(desc(correctionTransitions.changedAt), desc(correctionTransitions.id))
    .limit(size)
    .offset((page - 1) * size)
    .all()
    .map((row) => ({ ...row, href: `/programmes/${row.programmeId}/corrections/${row.correctionId}` }));
  return { items, total, page, pageCount };
}
