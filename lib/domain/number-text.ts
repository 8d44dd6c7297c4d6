// Numbers written out for a person to read back or type again: never in exponent notation ("1e+23"), which is what
// String() gives for very large and very small numbers.

const typed = new Intl.NumberFormat("nl-NL", { useGrouping: false, maximumSignificantDigits: 15 });

/**
 * A number as it is typed in a Dutch form field: decimal comma, no thousands separator, no exponent, at most 15
 * significant digits (which drops the noise of binary fractions: 0.1 + 0.2 is "0,3"). Empty for null and for a value
 * that is not a finite number.
 */
export function numberForInput(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "";
  if (value === 0) return "0";
  return typed.format(value);
}
