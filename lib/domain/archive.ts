// Archiving instead of deleting: which records can be archived, and when a record may still truly be deleted. Pure
// rules; the data layer (db/queries/archive.ts) asks them inside its transaction.

/** The kinds of record that are archived and restored instead of deleted. */
export const ARCHIVABLE_KINDS = [
  "programme",
  "indicator",
  "hypothesis",
  "assumption",
  "study",
  "page",
  "lesson",
  "roadmapStep",
] as const;
export type ArchivableKind = (typeof ARCHIVABLE_KINDS)[number];

export function isArchivableKind(value: string): value is ArchivableKind {
  return (ARCHIVABLE_KINDS as readonly string[]).includes(value);
}

/** Roadmap steps come from a route decision, never from someone's typing: they are archived, not deleted. */
export const DELETABLE_KINDS = ARCHIVABLE_KINDS.filter((kind) => kind !== "roadmapStep");

/** How long after making something its maker may still delete it as a mistake. */
export const DELETE_WINDOW_MS = 24 * 60 * 60 * 1000;

export const MAX_ARCHIVE_REASON = 1000;

export type DeleteCheck = {
  createdAt: Date;
  now: Date;
  /** The kernel lets the viewer delete what others made by mistake (the beheerder). */
  mayDeleteOthers: boolean;
  /** The viewer made the record (or, for records without a maker column, the audit trail says so). */
  isCreator: () => boolean;
  /** How many other records refer to it. Counted only when every other rule allows the deletion. */
  references: () => number;
};

/**
 * Whether a record may truly be deleted: only something made by mistake, by its maker or the beheerder, within a day
 * of making it, while nothing refers to it yet. Anything else is archived, so its history stays.
 */
export function deleteRefusal(check: DeleteCheck): "notCreator" | "tooLate" | "inUse" | null {
  if (!check.mayDeleteOthers && !check.isCreator()) return "notCreator";
  const age = check.now.getTime() - check.createdAt.getTime();
  if (age < 0 || age > DELETE_WINDOW_MS) return "tooLate";
  // Counted last: almost every record a page shows is older than a day.
  if (check.references() > 0) return "inUse";
  return null;
}

/**
 * The unfinished steps a route decision archives, once the person deciding has seen them: `planned` is what the
 * roadmap asks for now, `confirmed` what the person was shown and `keep` what they chose to keep. null when the two
 * differ (someone changed the roadmap meanwhile): the person must look again. Kept steps stay on the roadmap.
 */
export function confirmedArchive(
  planned: readonly number[],
  confirmed: readonly number[],
  keep: readonly number[],
): number[] | null {
  const sorted = (ids: readonly number[]) => [...new Set(ids)].sort((x, y) => x - y);
  const a = sorted(planned);
  const b = sorted(confirmed);
  if (a.length !== b.length || a.some((id, index) => id !== b[index])) return null;
  const kept = new Set(keep);
  return a.filter((id) => !kept.has(id));
}
