// A form field's value as a person reads it: a chosen option by its label, a calendar day in their language, a
// group of choices as a list. Used where two versions of a record are shown side by side or one after the other.

export type FieldReading = {
  /** The choices of a select, radio group or group of checkboxes. */
  options?: { value: string; label: string }[];
  /** A calendar day ("2026-03-12"). */
  day?: boolean;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The value as lines of text; no lines for an empty value. `formatDay` turns "2026-03-12" into the user's words. */
export function readableValue(value: unknown, field: FieldReading | undefined, formatDay: (day: string) => string) {
  const items = Array.isArray(value) ? value : [value];
  return items
    .filter((item) => item !== null && item !== undefined)
    .map((item) => String(item).trim())
    .filter(Boolean)
    .map((item) => {
      const option = field?.options?.find((o) => o.value === item);
      if (option) return option.label;
      if (field?.day && DAY.test(item)) return formatDay(item);
      return item;
    });
}
