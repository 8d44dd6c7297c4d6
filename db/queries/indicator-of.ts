// Whether an indicator belongs to a programme: each part of an indicator's page (its measurements, their history,
// the partners' values waiting for review) asks it before it reads, after the kernel let the viewer read the programme.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Reader } from "../access";
import { preparedOnce } from "../client";
import { NotFoundError } from "../errors";
import { indicators } from "../schema";

// Built once per connection (db/client.ts preparedOnce): an indicator's page asks it three times.
const indicatorOf = preparedOnce((db: Reader) =>
  db
    .select({ id: indicators.id })
    .from(indicators)
    .where(
      and(
        eq(indicators.id, sql.placeholder("indicatorId")),
        eq(indicators.programmeId, sql.placeholder("programmeId")),
      ),
    )
    .prepare(),
);

/** NotFoundError unless the indicator belongs to the programme. */
export function requireIndicatorOf(db: Reader, programmeId: number, indicatorId: number): void {
  if (!indicatorOf(db).get({ programmeId, indicatorId })) throw new NotFoundError("indicator");
}
