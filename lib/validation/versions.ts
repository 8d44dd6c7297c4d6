// The version an edit form was opened on. Every edit form sends it in a hidden field; the write compares it with the
// record's version and refuses a save from an older one (lib/domain/version-conflict.ts).
import { z } from "zod";
import type { VersionConflict } from "../domain/version-conflict";
import type { FormState } from "./form";

/** A record's version as the form sends it. Missing or garbled: the form is not one this application rendered. */
export const recordVersion = () =>
  z
    .string({ error: "versionMissing" })
    .regex(/^[1-9]\d{0,8}$/, { error: "versionMissing" })
    .transform(Number);

/** The edit variant of a form's schema: the same fields, and the version the form was opened on. */
export const withVersion = <S extends z.ZodType>(schema: S) =>
  z.intersection(schema, z.object({ version: recordVersion() }));

/** The state of an edit form: after a refused save, what is saved now. */
export type VersionedFormState = FormState<{ conflict: VersionConflict }>;
