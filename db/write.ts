// The one write path and the one read gate of a request. Every mutation goes through `write`: it resolves the
// viewer, asks the kernel, opens one synchronous transaction, asks again inside it, runs the change, and records the
// audit event with actor and gemeente filled in. A refusal (forbidden, not found) is returned as an answer the form
// shows, and written to the audit trail as a refused attempt; it is never thrown to the browser.
import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getAccount, requireViewer, type Viewer } from "@/lib/auth/viewer";
import type { Permission, Relation } from "@/lib/domain/permissions";
import { authorize, authorizeRelation, type Checked, type ProgrammeChecked, type Reader, withReader } from "./access";
import { type AuditInput, recordAudit } from "./audit";
import { ForbiddenError, NotFoundError } from "./errors";
import { getDb, type Transaction, transact } from "./index";
import { ARCHIVED_MESSAGES, isArchived, kindOfEntity } from "./queries/archive-kinds";
import { type MutationResult, refuse } from "./queries/result";

/** An audit event as a change describes it; who did it and in which gemeente, the write path fills in. */
export type AuditEvent = Omit<AuditInput, "organisationId" | "actorId">;

export type WriteScope<C extends Checked = Checked> = C & {
  readonly tx: Transaction;
  /** Records what the change did, in the change's own transaction. */
  audit(event: AuditEvent): void;
};

/**
 * Where a write lands: a programme, a gemeente-wide record (null), a record whose programme is looked up, or a record
 * whose relation to the viewer is not a programme's (a learning track, a maturity scan: db/access.ts finds it).
 */
export type Target =
  | number
  | null
  | ((db: Reader, viewer: Viewer) => number | null)
  | { relation: (db: Reader, viewer: Viewer) => NonNullable<Relation> };

export type WriteRequest = {
  permission: Permission;
  target: Target;
  /** The record the write is about, for the audit event of a refused attempt. */
  record?: { type: string; id?: number | string | null };
  /**
   * Restoring or deleting an archived record: the write may touch it. Any other write about an archived record, or
   * on a programme that is archived, is refused before it changes anything.
   */
  archived?: "allowed";
};

type ProgrammeTarget = Exclude<Target, { relation: unknown }>;

const resolve = (target: ProgrammeTarget, db: Reader, viewer: Viewer) =>
  typeof target === "function" ? target(db, viewer) : target;

/** The kernel's answer for a write's target, with this database handle. */
function check(viewer: Viewer, permission: Permission, target: Target, db: Reader): Checked {
  if (target !== null && typeof target === "object") {
    return authorizeRelation(viewer, permission, target.relation(db, viewer), db);
  }
  return authorize(viewer, permission, resolve(target, db, viewer), db);
}

// Reads ask the same question several times per request (layout, page, metadata): answer it once per request. The
// viewer object is itself cached per request, so it is a stable key.
const cachedAuthorize = cache((viewer: Viewer, permission: Permission, programmeId: number | null) =>
  authorize(viewer, permission, programmeId, getDb()),
);

/** For reads: the signed-in viewer, if the kernel lets them `permission` here; NotFoundError or ForbiddenError. */
export async function guard(permission: Permission, programmeId: number | null = null): Promise<Checked> {
  const viewer = await requireViewer();
  return cachedAuthorize(viewer, permission, programmeId);
}

/** For reads of a programme's records. */
export async function guardProgramme(permission: Permission, programmeId: number): Promise<ProgrammeChecked> {
  return (await guard(permission, programmeId)) as ProgrammeChecked;
}

export function isRefusal(error: unknown): error is ForbiddenError | NotFoundError {
  return error instanceof ForbiddenError || error instanceof NotFoundError;
}

/** A refused attempt in the viewer's own gemeente: who, what, which record. Nothing of another gemeente is named. */
function recordRefusal(viewer: Viewer, request: WriteRequest, error: ForbiddenError | NotFoundError, target: Target) {
  const programmeId = typeof target === "number" ? target : null;
  transact((tx) =>
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      action: "access.refused",
      entityType: request.record?.type ?? "programme",
      entityId: request.record?.id ?? programmeId,
      summary: `${request.permission}: ${error instanceof NotFoundError ? "niet gevonden" : "niet toegestaan"}`,
      after: { permission: request.permission, programmeId, reason: error.name },
    }),
  );
}

/**
 * Nothing is added to or changed in an archived record (a measurement to an archived indicator, a finding to an
 * archived study), nor anything in an archived programme: the person restores it first. Asked after the kernel, so
 * someone who may not change the record learns nothing about it.
 */
function archivedRefusal(db: Reader, viewer: Viewer, request: WriteRequest, programmeId: number | null) {
  // A download is a read that the audit trail records: archived records stay readable.
  if (request.permission.endsWith(".read")) return null;
  const kind = request.record ? kindOfEntity(request.record.type) : undefined;
  const id = Number(request.record?.id);
  const mayTouch = request.archived === "allowed";
  if (kind && Number.isSafeInteger(id) && !mayTouch && isArchived(db, kind, viewer.organisationId, id)) {
    return refuse(ARCHIVED_MESSAGES[kind]);
  }
  const theProgrammeItself = kind === "programme" && id === programmeId;
  if (programmeId !== null && !(theProgrammeItself && mayTouch)) {
    if (isArchived(db, "programme", viewer.organisationId, programmeId)) return refuse(ARCHIVED_MESSAGES.programme);
  }
  return null;
}

/**
 * Runs one change as the signed-in viewer. `change` runs inside the transaction, after the kernel allowed
 * `permission` on `target` with the transaction's view of the data; it returns the result for the form and calls
 * `audit` for what it did. It must be synchronous.
 */
export async function write<T, C extends Checked = Checked>(
  request: WriteRequest,
  change: (scope: WriteScope<C>) => MutationResult<T>,
): Promise<MutationResult<T>> {
  const viewer = await requireViewer();
  try {
    check(viewer, request.permission, request.target, getDb());
    return transact((tx) => {
      const checked = check(viewer, request.permission, request.target, tx);
      const archived = archivedRefusal(tx, viewer, request, checked.programme?.id ?? null);
      if (archived) return archived;
      const scope = withReader(checked, tx) as C;
      const audit = (event: AuditEvent) =>
        recordAudit(tx, {
          ...event,
          organisationId: viewer.organisationId,
          actorId: viewer.userId,
          programmeId: event.programmeId === undefined ? (checked.programme?.id ?? null) : event.programmeId,
        });
      return change({ ...scope, tx, audit });
    });
  } catch (error) {
    if (!isRefusal(error)) throw error;
    recordRefusal(viewer, request, error, request.target);
    return refuse(error instanceof NotFoundError ? "notFound" : "forbidden");
  }
}

/** A write on a programme's records: the scope always has the programme. */
export function writeProgramme<T>(
  request: WriteRequest & { target: number },
  change: (scope: WriteScope<ProgrammeChecked>) => MutationResult<T>,
): Promise<MutationResult<T>> {
  return write<T, ProgrammeChecked>(request, change);
}

/** A change someone makes to their own account or invitations: no role in a gemeente is needed, only the session. */
export type OwnScope = {
  readonly tx: Transaction;
  readonly userId: number;
  /** Records what the change did, in the gemeente it concerns (null: the account, no gemeente). */
  audit(event: AuditEvent & { organisationId: number | null }): void;
};

/**
 * Runs a change of the signed-in person's own account (password, language, active gemeente, an invitation). Without
 * a valid session: off to the sign-in page.
 */
export async function writeOwn<T>(change: (scope: OwnScope) => MutationResult<T>): Promise<MutationResult<T>> {
  const account = await getAccount();
  if (!account) redirect("/login");
  const userId = account.user.id;
  try {
    return transact((tx) =>
      change({
        tx,
        userId,
        audit: ({ organisationId, ...event }) => recordAudit(tx, { ...event, organisationId, actorId: userId }),
      }),
    );
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return refuse(error instanceof NotFoundError ? "notFound" : "forbidden");
  }
}

/**
 * Runs several reads on one snapshot of the database, so that their parts agree even while another server process
 * writes (a report, an export).
 */
export function snapshot<C extends Checked, T>(scope: C, read: (scope: C) => T): T {
  return getDb().transaction((tx) => read(withReader(scope, tx)));
}
