// How a reported value compares with the measurement before it: the reviewer's hint of whether it is plausible. A
// value that more than halves or more than doubles the one before is not wrong, but asks for a second look.

/** A change this large (as a share of the value before) is worth checking: more than half up or down. */
export const LARGE_CHANGE = 0.5;

export type ReportedChange =
  | { kind: "first" }
  | { kind: "same"; previous: { measuredOn: string; value: number } }
  | {
      kind: "change";
      previous: { measuredOn: string; value: number };
      /** The value minus the one before. */
      difference: number;
      /** The difference as a share of the value before; null when that was 0. */
      share: number | null;
      large: boolean;
    };

export function reportedChange(previous: { measuredOn: string; value: number } | null, value: number): ReportedChange {
  if (!previous) return { kind: "first" };
  const difference = value - previous.value;
  if (difference === 0) return { kind: "same", previous };
  const share = previous.value === 0 ? null : difference / Math.abs(previous.value);
  // From nothing to something is always worth a look; otherwise only a change beyond the threshold.
  const large = share === null || Math.abs(share) > LARGE_CHANGE;
  return { kind: "change", previous, difference, share, large };
}
