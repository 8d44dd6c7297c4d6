// The milestones of a veranderplan were agreed with the partners: changing what is done, in which year, or who sees to
// it needs a reason everyone can read back; marking a milestone done (or not done after all) does not.

export type MilestoneFields = { year: number; description: string; ownerId: number };

/** Whether this change of a milestone needs a reason: it changes what was agreed. */
export function milestoneChangeNeedsReason(before: MilestoneFields, after: MilestoneFields): boolean {
  return (
    before.year !== after.year ||
    before.description.replace(/\r\n?/g, "\n").trim() !== after.description.replace(/\r\n?/g, "\n").trim() ||
    before.ownerId !== after.ownerId
  );
}
