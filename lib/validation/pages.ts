// Schemas of the shared-page forms: a new page, an edit (with the version it was based on), a restore and a comment.
import { z } from "zod";
import { normaliseText } from "../domain/page-diff";
import { optionalId, requiredText } from "./fields";

export const MAX_PAGE_BODY = 50_000;
export const MAX_COMMENT = 4000;

/** Markdown as typed, with line ends made uniform; may be empty. */
const pageBody = () =>
  z
    .string()
    .optional()
    .transform((value) => normaliseText(value ?? ""))
    .pipe(z.string().max(MAX_PAGE_BODY, { error: "tooLong" }));

const version = () =>
  z
    .string({ error: "invalid" })
    .regex(/^[1-9]\d{0,8}$/, { error: "invalid" })
    .transform(Number);

export const newPageSchema = z.object({
  title: requiredText(200),
  body: pageBody(),
  programmeId: optionalId(),
});
export type NewPageInput = z.infer<typeof newPageSchema>;

/** The programme stays what it was: moving a page would change who may read it. */
export const editPageSchema = z.object({
  title: requiredText(200),
  body: pageBody(),
  baseVersion: version(),
});
export type EditPageInput = z.infer<typeof editPageSchema>;

export const restoreRevisionSchema = z.object({ version: version() });
export type RestoreRevisionInput = z.infer<typeof restoreRevisionSchema>;

export const pageCommentSchema = z.object({ body: requiredText(MAX_COMMENT) });
export type PageCommentInput = z.infer<typeof pageCommentSchema>;
