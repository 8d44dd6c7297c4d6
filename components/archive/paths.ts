// Where each archivable record lives in the app: its own page, the list it leaves when archived, and the
// "Gearchiveerd" list it can be found (and restored) in.
import type { ArchivableKind } from "@/lib/domain/archive";

export type RecordAt = { kind: ArchivableKind; id: number; programmeId?: number | null };

const IN_PROGRAMME = { indicator: "indicators", hypothesis: "hypotheses", assumption: "assumptions", study: "studies" };

export function recordPath({ kind, id, programmeId }: RecordAt): string {
  switch (kind) {
    case "programme":
      return `/programmes/${id}`;
    case "page":
      return `/pages/${id}`;
    case "lesson":
      return `/lessons/${id}`;
    case "roadmapStep":
      return `/routes/roadmap/${id}`;
    default:
      return `/programmes/${programmeId}/${IN_PROGRAMME[kind]}/${id}`;
  }
}

/** The list the record is in while it is not archived. */
export function listPath(kind: ArchivableKind, programmeId?: number | null): string {
  switch (kind) {
    case "programme":
      return "/programmes";
    case "page":
      return programmeId ? `/programmes/${programmeId}/pages` : "/pages";
    case "lesson":
      return "/lessons";
    case "roadmapStep":
      return "/routes";
    default:
      return `/programmes/${programmeId}/${IN_PROGRAMME[kind]}`;
  }
}

/** The "Gearchiveerd" list of that kind (of one programme's pages, when given). */
export function archivedPath(kind: ArchivableKind, programmeId?: number | null): string {
  switch (kind) {
    case "programme":
      return "/programmes/archived";
    case "page":
      return programmeId ? `/pages/archived?programma=${programmeId}` : "/pages/archived";
    case "lesson":
      return "/lessons/archived";
    case "roadmapStep":
      return "/routes/roadmap/archived";
    default:
      return `/programmes/${programmeId}/${IN_PROGRAMME[kind]}/archived`;
  }
}

/** A path with one more search parameter. */
export function withParam(path: string, name: string, value: string | number): string {
  return `${path}${path.includes("?") ? "&" : "?"}${name}=${encodeURIComponent(value)}`;
}
