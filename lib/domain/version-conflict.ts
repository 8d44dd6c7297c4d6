// A save made from an older version of a record. Nothing of the other person's change may be lost unseen, so such a
// save is refused whenever it would change a field the other person saved differently; the form then shows, per
// field, the user's version beside the saved one. Values are compared in the form's own shape (what its fields send),
// so the data layer and the form speak about the same thing.

/** A record as its edit form would send it: one text per field, a list for a group of checkboxes. */
export type FormShape = Record<string, string | string[]>;

/** What a refused save carries back to the form. */
export type VersionConflict = {
  /** The version saved now: the form sends it with the next save, which then goes through deliberately. */
  version: number;
  /** The saved record, in the form's shape. */
  saved: FormShape;
  /** The fields whose saved value differs from what the user sent, in the form's order. */
  changed: string[];
  /** Who saved the current version, and when (ISO); null when no trace of it is left. */
  savedByName: string | null;
  savedAt: string | null;
};

/** One field's value made comparable: line ends and outer spaces do not count, nor the order of a set of choices. */
function comparable(value: string | string[] | undefined): string {
  if (Array.isArray(value)) return [...new Set(value.map((item) => item.trim()).filter(Boolean))].sort().join("\n");
  return (value ?? "").replace(/\r\n?/g, "\n").trim();
}

/** The fields where the user's values and the saved ones differ: the user's fields first, in their order. */
export function differingFields(mine: FormShape, saved: FormShape): string[] {
  const names = [...new Set([...Object.keys(mine), ...Object.keys(saved)])];
  return names.filter((name) => comparable(mine[name]) !== comparable(saved[name]));
}

/**
 * Whether a save must be refused: it was made from another version than the saved one, and it would change a field
 * that is saved differently now. A save that matches what is saved in every field loses nothing and may go on.
 */
export function isConflict(versions: { submitted: number; current: number }, changed: readonly string[]) {
  return versions.submitted !== versions.current && changed.length > 0;
}
