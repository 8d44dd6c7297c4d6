// The history of a record as its audit events tell it: per change, which fields went from what to what. An event
// written before a field was recorded (older events) simply does not mention that field.

export type AuditChanges = { before?: unknown; after?: unknown } | null;

export type FieldChange = { field: string; before: unknown; after: unknown };

const asRecord = (value: unknown): Record<string, unknown> | null =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** A value made comparable: the order of a set of ids does not count, nor empty against missing. */
function comparable(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify(value.map(String).sort());
  if (value === null || value === undefined || value === "") return "";
  return JSON.stringify(value);
}

/**
 * The fields (of `fields`, in that order) an event changed: those its before and after both name, with different
 * values. `derive` adds fields made of others (an assumption's basis of its hypothesis or link).
 */
export function fieldChanges(
  changes: AuditChanges,
  fields: readonly string[],
  derive: (values: Record<string, unknown>) => Record<string, unknown> = (values) => values,
): FieldChange[] {
  const before = asRecord(changes?.before);
  const after = asRecord(changes?.after);
  if (!before || !after) return [];
  const [from, to] = [derive(before), derive(after)];
  return fields
    .filter((field) => field in from && field in to && comparable(from[field]) !== comparable(to[field]))
    .map((field) => ({ field, before: from[field], after: to[field] }));
}

/** An assumption's basis as its form names it ("h:12", "l:7" or ""), from the ids an event recorded. */
export function withAssumptionBasis(values: Record<string, unknown>): Record<string, unknown> {
  if (!("hypothesisId" in values) || !("tocLinkId" in values)) return values;
  const { hypothesisId, tocLinkId } = values;
  return { ...values, basis: hypothesisId ? `h:${hypothesisId}` : tocLinkId ? `l:${tocLinkId}` : "" };
}
