// Whether ids sent with a form name records of one programme. Every form that links to other records checks this
// before it writes, so a direct POST cannot link records of another programme or gemeente, nor an archived finding
// (of a partner's report that was reopened), which no form offers.
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Reader } from "../access";
import type {
  assumptions,
  hypotheses,
  indicators,
  reflectionSessions,
  studies,
  tocElements,
  tocLinks,
} from "../schema";
import { findings } from "../schema";

type ProgrammeTable =
  | typeof assumptions
  | typeof findings
  | typeof hypotheses
  | typeof indicators
  | typeof reflectionSessions
  | typeof studies
  | typeof tocElements
  | typeof tocLinks;

/** True when every id given (null or undefined for "none chosen") is a record of `table` in this programme. */
export function allInProgramme(
  db: Reader,
  table: ProgrammeTable,
  ids: readonly (number | null | undefined)[],
  programmeId: number,
): boolean {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === "number"))];
  if (wanted.length === 0) return true;
  const found = db
    .select({ id: table.id })
    .from(table)
    .where(
      and(
        inArray(table.id, wanted),
        eq(table.programmeId, programmeId),
        table === findings ? isNull(findings.archivedAt) : undefined,
      ),
    )
    .all();
  return found.length === wanted.length;
}
