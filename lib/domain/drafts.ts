// Drafts of long forms, kept in the browser while someone types. A draft belongs to one form, one record and the
// version of the record the form was opened with: a draft of version 3 is never offered on version 4, where it could
// silently undo someone else's save. The key holds no user: the browser's storage is the person's own.

export type DraftValues = Record<string, string | string[]>;
export type StoredDraft = { savedAt: string; values: DraftValues };

const PREFIX = "impactkoers.concept";

export function draftKey(form: string, record: string | number, version: string | number): string {
  return `${PREFIX}:${form}:${record}:v${version}`;
}

function comparable(value: string | string[] | undefined): string {
  if (Array.isArray(value)) return [...value].sort().join("\u0000");
  // Browsers send a textarea with CRLF line ends; a draft typed in one and read in another is the same text.
  return (value ?? "").replace(/\r\n?/g, "\n");
}

/** Whether two sets of field values say the same, whatever the order of a group's choices. */
export function sameValues(a: DraftValues, b: DraftValues): boolean {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const name of names) if (comparable(a[name]) !== comparable(b[name])) return false;
  return true;
}

/** A stored draft, or null when there is none or it cannot be read (storage changed by hand, an older format). */
export function parseDraft(raw: string | null): StoredDraft | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== "object") return null;
    const { savedAt, values } = parsed as Partial<StoredDraft>;
    if (typeof savedAt !== "string" || Number.isNaN(Date.parse(savedAt))) return null;
    if (!values || typeof values !== "object" || Array.isArray(values)) return null;
    const clean: DraftValues = {};
    for (const [name, value] of Object.entries(values)) {
      if (typeof value === "string") clean[name] = value;
      else if (Array.isArray(value) && value.every((item) => typeof item === "string")) clean[name] = value;
    }
    return { savedAt, values: clean };
  } catch {
    return null;
  }
}

/** Whether a key of the browser's storage holds a draft: signing out removes them all. */
export function isDraftKey(key: string): boolean {
  return key.startsWith(`${PREFIX}:`);
}
