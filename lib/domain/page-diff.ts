// Shared pages: the line-by-line difference between two texts (history and conflict views) and the rule that
// decides whether a save goes through, changes nothing, or would overwrite someone else's work.
import { diffArrays } from "diff";

export type DiffLine = { kind: "added" | "removed" | "unchanged"; text: string };
/** A run of unchanged lines left out of a long difference, so the changes stand out. */
export type DiffPart = DiffLine | { kind: "skipped"; count: number };

/** Browsers send a textarea with CRLF line ends; pages are stored with LF and without trailing blank space. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/\s+$/, "");
}

function linesOf(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised === "" ? [] : normalised.split("\n");
}

/** Every line of both texts, in order: removed lines of `before` come before the lines of `after` added there. */
export function diffTextLines(before: string, after: string): DiffLine[] {
  const old = linesOf(before);
  const next = linesOf(after);
  // A pathological pair of long texts must not hold up the page: past the time limit, show all old lines as
  // removed and all new ones as added, which is still correct, only less precise.
  const changes = diffArrays(old, next, { timeout: 1000 });
  if (!changes) {
    return [
      ...old.map((text) => ({ kind: "removed" as const, text })),
      ...next.map((text) => ({ kind: "added" as const, text })),
    ];
  }
  return changes.flatMap((change) =>
    change.value.map((text) => ({
      kind: change.added ? ("added" as const) : change.removed ? ("removed" as const) : ("unchanged" as const),
      text,
    })),
  );
}

/** Keeps `context` unchanged lines around each change and folds longer unchanged runs into one "skipped" part. */
export function foldUnchanged(lines: DiffLine[], context = 2): DiffPart[] {
  const changed = lines.map((line) => line.kind !== "unchanged");
  const nearChange = (index: number) => {
    for (let i = Math.max(0, index - context); i <= Math.min(lines.length - 1, index + context); i++) {
      if (changed[i]) return true;
    }
    return false;
  };
  const parts: DiffPart[] = [];
  let skipped = 0;
  lines.forEach((line, index) => {
    if (line.kind === "unchanged" && !nearChange(index)) {
      skipped++;
      return;
    }
    if (skipped > 0) parts.push({ kind: "skipped", count: skipped });
    skipped = 0;
    parts.push(line);
  });
  if (skipped > 0) parts.push({ kind: "skipped", count: skipped });
  return parts;
}

export function diffStats(lines: DiffLine[]) {
  return {
    added: lines.filter((line) => line.kind === "added").length,
    removed: lines.filter((line) => line.kind === "removed").length,
  };
}

export type PageContent = { title: string; body: string };

export function sameContent(a: PageContent, b: PageContent): boolean {
  return a.title.trim() === b.title.trim() && normaliseText(a.body) === normaliseText(b.body);
}

export type SaveDecision = "save" | "unchanged" | "conflict";

/**
 * What happens to an edit that was based on one version of a page, now that the page is at `current`.
 * - "unchanged": what was submitted is what is saved now (also when someone else saved the same in between):
 *   no new version.
 * - "save": nobody saved in between, or the saves in between left the text and title as the editor found them.
 * - "conflict": someone else changed the title or the text since the editor opened it; saving would overwrite that,
 *   so nothing is saved and the editor gets both texts to merge. `base` is null when the version the edit claims to
 *   be based on does not exist (a tampered form): that is a conflict too.
 */
export function decideSave({
  baseVersion,
  base,
  current,
  mine,
}: {
  baseVersion: number;
  base: PageContent | null;
  current: PageContent & { version: number };
  mine: PageContent;
}): SaveDecision {
  if (sameContent(mine, current)) return "unchanged";
  if (baseVersion === current.version) return "save";
  if (base && baseVersion < current.version && sameContent(base, current)) return "save";
  return "conflict";
}
