// Schemas of archiving: the reason is required (it tells the others why the record left the lists), and the record a
// button names (kind and ids, bound to the action) is checked like any other input of a public POST.
import { z } from "zod";
import { ARCHIVABLE_KINDS, MAX_ARCHIVE_REASON } from "../domain/archive";

export const archiveSchema = z.object({
  reason: z
    .string({ error: "archiveReasonRequired" })
    .trim()
    .min(1, { error: "archiveReasonRequired" })
    .max(MAX_ARCHIVE_REASON, { error: "tooLong" }),
});
export type ArchiveInput = z.infer<typeof archiveSchema>;

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Which record an archive, restore or delete button is about; the data layer checks it belongs where it says. */
export const archiveTargetSchema = z.object({
  kind: z.enum(ARCHIVABLE_KINDS),
  id,
  programmeId: id.optional(),
});
export type ArchiveTarget = z.infer<typeof archiveTargetSchema>;
