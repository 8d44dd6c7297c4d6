// Walks the audit trail's hash chains (db/audit-chain.ts) and says per chain whether it is intact, or where it first
// breaks and how. Used by `npm run audit:verify`, the backups and the beheerder's activity page.
import type Database from "better-sqlite3";
import { CHAIN_COLUMNS, CHAIN_START, hashChainValues } from "./audit-chain";

/**
 * How a chain breaks at an event:
 * - changed: its content is not what was recorded (backdated: and its time now lies before the event before it);
 * - missing: one or more events before it were removed;
 * - reordered: it does not stand where it was recorded (moved to another id or another place in the chain);
 * - relinked: the event before it was replaced by one with a recomputed hash;
 * - unhashed: it was added outside Impactkoers, without a hash;
 * - anchor: the last event an earlier check saw is gone or different (events at the end removed or rewritten).
 */
export type BreakKind = "changed" | "backdated" | "missing" | "reordered" | "relinked" | "unhashed" | "anchor";

export type ChainBreak = {
  id: number;
  /** Milliseconds since 1970; null when the event is gone. */
  createdAt: number | null;
  kind: BreakKind;
  /** The place in the chain where the event was expected, for missing and reordered. */
  expectedSequence?: number;
  /** The event before it (relinked). */
  previousId?: number;
};

export type ChainHead = { id: number; hash: string };

export type ChainReport = {
  organisationId: number | null;
  events: number;
  /** The last event of the chain, when the chain is intact. */
  head: ChainHead | null;
  broken: ChainBreak | null;
};

type Row = [
  id: number,
  sequence: number | null,
  ...content: unknown[],
  // followed by created_at, prev_hash, hash; read by position below
];

const CONTENT_COLUMNS = CHAIN_COLUMNS.split(", ").length;

type Walker = { step(row: Row): void; finish(): ChainReport };

/** Checks one chain, fed its events in the order of their ids. */
function chainWalker(organisationId: number | null, anchor?: ChainHead | null): Walker {
  let events = 0;
  let expected = 1;
  let prevHash = CHAIN_START;
  let prev: { id: number; createdAt: number } | null = null;
  let broken: ChainBreak | null = null;
  let anchorFound = false;
  return {
    step(row) {
      events += 1;
      const id = row[0];
      const sequence = row[1];
      const createdAt = row[CONTENT_COLUMNS - 1] as number;
      const storedPrev = row[CONTENT_COLUMNS] as string | null;
      const hash = row[CONTENT_COLUMNS + 1] as string | null;
      if (anchor && id === anchor.id) anchorFound = hash === anchor.hash;
      if (broken) {
        // A gap is a move, not a removal, when the event expected there turns up further on.
        if (broken.kind === "missing" && sequence === broken.expectedSequence) broken.kind = "reordered";
        return;
      }
      if (hash === null || sequence === null || storedPrev === null) {
        broken = { id, createdAt, kind: "unhashed" };
      } else if (sequence > expected) {
        broken = { id, createdAt, kind: "missing", expectedSequence: expected };
      } else if (sequence < expected) {
        broken = { id, createdAt, kind: "reordered", expectedSequence: expected };
      } else if (storedPrev !== prevHash) {
        broken = { id, createdAt, kind: "relinked", previousId: prev?.id };
      } else if (hash !== hashChainValues(storedPrev, row.slice(0, CONTENT_COLUMNS))) {
        const backdated = prev !== null && typeof createdAt === "number" && createdAt < prev.createdAt;
        broken = { id, createdAt, kind: backdated ? "backdated" : "changed" };
      } else {
        expected += 1;
        prevHash = hash;
        prev = { id, createdAt };
      }
    },
    finish() {
      if (!broken && anchor && !anchorFound) broken = { id: anchor.id, createdAt: null, kind: "anchor" };
      const head = !broken && prev ? { id: prev.id, hash: prevHash } : null;
      return { organisationId, events, head, broken };
    },
  };
}

const SELECT_EVENTS = `select ${CHAIN_COLUMNS}, prev_hash, hash from audit_events`;

/** Walks one chain from its first event. `anchor` is the head an earlier check saw; it must still be there. */
export function verifyChain(
  sqlite: Database.Database,
  organisationId: number | null,
  anchor?: ChainHead | null,
): ChainReport {
  const walker = chainWalker(organisationId, anchor);
  const rows = sqlite.prepare(`${SELECT_EVENTS} where organisation_id is ? order by id`).raw().iterate(organisationId);
  for (const row of rows as IterableIterator<Row>) walker.step(row);
  return walker.finish();
}

export type NamedReport = ChainReport & { name: string | null };

/** Every chain in the database, with the name of its gemeente; anchors from earlier checks are held against them. */
export function verifyAllChains(sqlite: Database.Database): NamedReport[] {
  // One read transaction, so all chains are seen at one moment; one pass over the table in the order of its ids, the
  // cheapest way through it.
  return sqlite.transaction(() => {
    const walkers = new Map<number | null, Walker>();
    const anchors = sqlite
      .prepare("select organisation_id as id, head_id as headId, head_hash as headHash from audit_chain_checks")
      .all() as { id: number; headId: number | null; headHash: string | null }[];
    for (const { id, headId, headHash } of anchors) {
      if (headId !== null && headHash !== null) walkers.set(id, chainWalker(id, { id: headId, hash: headHash }));
    }
    for (const row of sqlite.prepare(`${SELECT_EVENTS} order by id`).raw().iterate() as IterableIterator<Row>) {
      const organisationId = row[2] as number | null;
      let walker = walkers.get(organisationId);
      if (!walker) {
        walker = chainWalker(organisationId);
        walkers.set(organisationId, walker);
      }
      walker.step(row);
    }
    const names = new Map(
      (sqlite.prepare("select id, name from organisations").all() as { id: number; name: string }[]).map((o) => [
        o.id,
        o.name,
      ]),
    );
    return [...walkers.values()]
      .map((walker) => walker.finish())
      .sort((a, b) => (a.organisationId ?? 0) - (b.organisationId ?? 0))
      .map((report) => ({
        ...report,
        name: report.organisationId === null ? null : (names.get(report.organisationId) ?? null),
      }));
  })();
}

/** Keeps the outcome of a check of a gemeente's chain; an intact chain's head becomes the anchor for the next check. */
export function recordCheck(sqlite: Database.Database, report: ChainReport, at = Date.now()) {
  if (report.organisationId === null) return;
  sqlite
    .prepare(
      `insert into audit_chain_checks
         (organisation_id, checked_at, events, head_id, head_hash, broken_id, broken_kind, broken_at)
       values (@organisationId, @at, @events, @headId, @headHash, @brokenId, @brokenKind, @brokenAt)
       on conflict (organisation_id) do update set
         checked_at = excluded.checked_at, events = excluded.events,
         head_id = coalesce(excluded.head_id, head_id), head_hash = coalesce(excluded.head_hash, head_hash),
         broken_id = excluded.broken_id, broken_kind = excluded.broken_kind, broken_at = excluded.broken_at`,
    )
    .run({
      organisationId: report.organisationId,
      at,
      events: report.events,
      headId: report.head?.id ?? null,
      headHash: report.head?.hash ?? null,
      brokenId: report.broken?.id ?? null,
      brokenKind: report.broken?.kind ?? null,
      brokenAt: report.broken?.createdAt ?? null,
    });
}

/** One gemeente's chain, held against the anchor its last check left, both read at the same moment. */
export function verifyGemeenteChain(sqlite: Database.Database, organisationId: number): ChainReport {
  return sqlite.transaction(() => verifyChain(sqlite, organisationId, chainAnchor(sqlite, organisationId)))();
}

/** The anchor an earlier check left for a gemeente's chain. */
export function chainAnchor(sqlite: Database.Database, organisationId: number): ChainHead | null {
  const row = sqlite
    .prepare("select head_id as id, head_hash as hash from audit_chain_checks where organisation_id = ?")
    .get(organisationId) as { id: number | null; hash: string | null } | undefined;
  return row?.id != null && row.hash != null ? { id: row.id, hash: row.hash } : null;
}
