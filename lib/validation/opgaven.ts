// Schemas of the forms of the opgaven register and of strategic sessions (route 2).
import { z } from "zod";
import { IDEA_KINDS } from "../domain/opgaven";
import { RANK_FIELD_PREFIX } from "./field-names/opgaven";
import { optionalDay, optionalId, requiredDay, requiredNumber, requiredText } from "./fields";
import { recordVersion } from "./versions";

const optionalText = (max = 4000) =>
  z
    .string()
    .trim()
    .max(max, { error: max <= 200 ? "tooLongShort" : "tooLong" })
    .optional()
    .transform((value) => value ?? "");

/** Ids chosen in a group of checkboxes: each a positive whole number. */
const idList = () =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value, ctx) => {
      const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
      const ids = list.filter((v) => v !== "").map(Number);
      if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) {
        ctx.addIssue({ code: "custom", message: "invalid" });
        return z.NEVER;
      }
      return [...new Set(ids)];
    });

export const opgaveSchema = z.object({
  title: requiredText(200),
  description: requiredText(4000),
  targetGroup: optionalText(200),
  area: optionalText(200),
  ownerId: optionalId(),
});
export type OpgaveInput = z.infer<typeof opgaveSchema>;

export const opgaveEditSchema = opgaveSchema.extend({ version: recordVersion() });
export type OpgaveEditInput = z.infer<typeof opgaveEditSchema>;

export const opgaveFigureSchema = z.object({
  label: requiredText(200),
  value: requiredNumber(),
  unit: optionalText(50),
  source: requiredText(200),
  measuredOn: optionalDay(),
});
export type OpgaveFigureInput = z.infer<typeof opgaveFigureSchema>;

/** Linking a programme to the opgave it serves (or none, from the programme's side). */
export const programmeOpgaveSchema = z.object({ programmeId: optionalId() });

export const strategicSessionSchema = z.object({
  title: requiredText(200),
  heldOn: requiredDay(),
  agenda: optionalText(8000),
  guests: optionalText(1000),
  userIds: idList(),
  partnerOrganisationIds: idList(),
});
export type StrategicSessionInput = z.infer<typeof strategicSessionSchema>;

export const strategicSessionEditSchema = strategicSessionSchema.extend({ version: recordVersion() });
export type StrategicSessionEditInput = z.infer<typeof strategicSessionEditSchema>;

/** An opgave named in a session: one of the register, or a new one proposed (a title, and a description). */
export const sessionOpgaveSchema = z
  .object({
    opgaveId: optionalId(),
    title: optionalText(200),
    description: optionalText(4000),
  })
  .superRefine((value, ctx) => {
    if (value.opgaveId === null && value.title === "") {
      ctx.addIssue({ code: "custom", path: ["opgaveId"], message: "chooseOrProposeOpgave" });
    }
    if (value.opgaveId !== null && value.title !== "") {
      ctx.addIssue({ code: "custom", path: ["title"], message: "chooseOrProposeOpgave" });
    }
  });
export type SessionOpgaveInput = z.infer<typeof sessionOpgaveSchema>;

export const rankingSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())])).transform((fields) => {
  const positions: { itemId: number; position: number }[] = [];
  for (const [name, raw] of Object.entries(fields)) {
    if (!name.startsWith(RANK_FIELD_PREFIX)) continue;
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (!value) continue;
    const itemId = Number(name.slice(RANK_FIELD_PREFIX.length));
    const position = Number(value);
    if (Number.isSafeInteger(itemId) && Number.isSafeInteger(position)) positions.push({ itemId, position });
  }
  return positions;
});
export type RankingInput = z.infer<typeof rankingSchema>;

export const sessionIdeaSchema = z.object({
  itemId: z.string({ error: "chooseOpgave" }).min(1, { error: "chooseOpgave" }).transform(Number),
  kind: z.enum(IDEA_KINDS, { error: "invalid" }),
  text: requiredText(2000),
});
export type SessionIdeaInput = z.infer<typeof sessionIdeaSchema>;

export const sessionAgreementSchema = z.object({
  description: requiredText(1000),
  ownerId: z
    .string({ error: "chooseOwner" })
    .min(1, { error: "chooseOwner" })
    .transform(Number)
    .pipe(z.number().int().positive({ error: "chooseOwner" })),
  dueDate: optionalDay(),
});
export type SessionAgreementInput = z.infer<typeof sessionAgreementSchema>;

/** Processing the outcomes: the combined ranking the facilitator saw, so a ranking changed meanwhile is not taken. */
export const processOutcomesSchema = z.object({ version: recordVersion() });

/** The version of the participant's ranking the ranking form was opened on. */
export const rankingVersionSchema = z.object({ version: recordVersion() });

export { RANK_FIELD_PREFIX };
