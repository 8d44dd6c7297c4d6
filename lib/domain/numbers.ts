// Numbers as Dutch users type them: "12,5", "1.234,50", "€ 12.500", "-3", "45%".
//
// Rule: a comma is the decimal separator, and dots before it group thousands (in threes). Without a comma, a dot
// followed by exactly three digits groups thousands ("1.234" is 1234, as in Dutch); any other single dot is a
// decimal point ("12.5" or "0.125", as typed on an English keyboard). Spaces, the euro sign and a trailing % are ignored.
export function parseDutchNumber(input: string): number | null {
  const text = input.replace(/[\s\u00a0€]/g, "").replace(/%$/, "");
  if (!text) return null;
  const match = /^([-+]?)(.*)$/.exec(text);
  const sign = match?.[1] === "-" ? -1 : 1;
  const body = match?.[2] ?? "";
  let normalised: string;
  if (body.includes(",")) {
    if (!/^\d{1,3}(\.\d{3})*,\d+$|^\d+,\d+$/.test(body)) return null;
    normalised = body.replace(/\./g, "").replace(",", ".");
  } else if (/^[1-9]\d{0,2}(\.\d{3})+$/.test(body)) {
    normalised = body.replace(/\./g, "");
  } else if (/^\d+(\.\d+)?$/.test(body)) {
    normalised = body;
  } else {
    return null;
  }
  const value = sign * Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Euros to whole cents, rounding half a cent up. */
export function euroCents(euros: number): number {
  return Math.round(euros * 100);
}
