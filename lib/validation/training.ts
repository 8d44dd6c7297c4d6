// Schemas of the training forms: a learning track (with its goals and modules), a participant, a session with its
// attendance, and the impact-maturity scan.
import { z } from "zod";
import { MATURITY_STATEMENTS, SCALE_MAX, SCALE_MIN } from "../domain/maturity";
import { MODULE_KEYS, orderModules, SCAN_MOMENTS, TARGET_GROUPS, TRACK_KINDS } from "../domain/training";
import { attendanceField, statementField } from "./field-names/training";
import { evenWhenOtherFieldsFail, isDay, optionalDay, optionalId, requiredDay, requiredText } from "./fields";
import { recordVersion } from "./versions";

const optionalText = (max = 4000) => z.string().trim().max(max, { error: "tooLong" }).default("");

export const MAX_GOALS = 12;
const MAX_GOAL_LENGTH = 300;

/** The learning goals, one per line; empty lines are left out. */
const goals = () =>
  z
    .string()
    .max(MAX_GOALS * (MAX_GOAL_LENGTH + 2), { error: "tooLong" })
    .optional()
    .transform((value, ctx) => {
      const list = (value ?? "")
        .split(/\r?\n/)
        .map((line) => line.replace(/^\s*[-*•]\s*/, "").trim())
        .filter(Boolean);
      if (list.length === 0) ctx.addIssue({ code: "custom", message: "goalsRequired" });
      if (list.length > MAX_GOALS) ctx.addIssue({ code: "custom", message: "tooManyGoals" });
      if (list.some((goal) => goal.length > MAX_GOAL_LENGTH)) ctx.addIssue({ code: "custom", message: "goalTooLong" });
      return list;
    });

/** A group of checkboxes: none, one or several values. */
const modules = () =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => orderModules(value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.enum(MODULE_KEYS)));

const requiredId = (error: string) =>
  optionalId().refine((value): value is number => value !== null, { error }) as unknown as z.ZodType<number>;

export const trackSchema = z
  .object({
    title: requiredText(200),
    kind: z.enum(TRACK_KINDS, { error: "choose" }),
    targetGroup: z.enum(TARGET_GROUPS, { error: "choose" }),
    targetTeams: optionalText(300),
    description: optionalText(),
    startDate: optionalDay(),
    endDate: optionalDay(),
    trainerId: requiredId("trainerRequired"),
    goals: goals(),
    modules: modules(),
  })
  .superRefine((value, ctx) => {
    if (isDay(value.startDate) && isDay(value.endDate) && value.endDate < value.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
    }
    if (value.targetGroup === "teams" && typeof value.targetTeams === "string" && !value.targetTeams) {
      ctx.addIssue({ code: "custom", path: ["targetTeams"], message: "teamsRequired" });
    }
  }, evenWhenOtherFieldsFail);
export type TrackInput = z.infer<typeof trackSchema>;

export const trackEditSchema = z.intersection(trackSchema, z.object({ version: recordVersion() }));
export type TrackEditInput = z.infer<typeof trackEditSchema>;

/** A participant: a user of the gemeente, or a guest by name (with the partner organisation they come from). */
export const participantSchema = z
  .object({
    userId: optionalId(),
    guestName: optionalText(120),
    partnerOrganisationId: optionalId(),
  })
  .superRefine((value, ctx) => {
    const user = typeof value.userId === "number";
    const guest = typeof value.guestName === "string" && value.guestName.length > 0;
    if (!user && !guest) ctx.addIssue({ code: "custom", path: ["userId"], message: "participantRequired" });
    if (user && guest) ctx.addIssue({ code: "custom", path: ["guestName"], message: "participantOneOf" });
  }, evenWhenOtherFieldsFail);
export type ParticipantInput = z.infer<typeof participantSchema>;

const sessionFields = {
  title: requiredText(200),
  heldOn: requiredDay(),
  place: optionalText(200),
  online: z
    .string()
    .optional()
    .transform((value) => value === "1"),
  moduleKey: z
    .string()
    .optional()
    .transform((value) => value || null)
    .pipe(z.enum(MODULE_KEYS, { error: "invalid" }).nullable()),
  notes: optionalText(8000),
};

/** Per participant "aanwezig" or "afwezig", read from the field names; a participant left open is not recorded. */
function readAttendance(raw: unknown) {
  const values = (raw ?? {}) as Record<string, unknown>;
  const attendance: Record<number, boolean> = {};
  for (const [key, value] of Object.entries(values)) {
    const match = /^attendance-(\d{1,9})$/.exec(key);
    if (match && (value === "aanwezig" || value === "afwezig")) attendance[Number(match[1])] = value === "aanwezig";
  }
  return { ...values, attendance };
}

const attendance = z.record(z.coerce.number().int().positive(), z.boolean());

/** A session and its attendance; the data layer checks that each participant belongs to the track. */
export const sessionSchema = z.preprocess(readAttendance, z.object({ ...sessionFields, attendance }));
export type SessionInput = z.infer<typeof sessionSchema>;
export const sessionEditSchema = z.preprocess(
  readAttendance,
  z.object({ ...sessionFields, attendance, version: recordVersion() }),
);
export type SessionEditInput = z.infer<typeof sessionEditSchema>;

const level = z.coerce
  .number({ error: "levelRequired" })
  .int({ error: "levelRequired" })
  .min(SCALE_MIN, { error: "levelRequired" })
  .max(SCALE_MAX, { error: "levelRequired" });

export const scanSchema = z
  .object({
    subject: z.enum(["team", "partner"], { error: "choose" }),
    teamName: optionalText(120),
    partnerOrganisationId: optionalId(),
    trackId: optionalId(),
    moment: z.enum(SCAN_MOMENTS, { error: "choose" }),
    takenOn: requiredDay(),
    note: optionalText(2000),
    ...Object.fromEntries(
      MATURITY_STATEMENTS.map((s) => [
        statementField(s.key),
        z.preprocess((value) => (value === "" ? undefined : value), level),
      ]),
    ),
  })
  .superRefine((value, ctx) => {
    if (value.subject === "team" && !value.teamName) {
      ctx.addIssue({ code: "custom", path: ["teamName"], message: "teamRequired" });
    }
    if (value.subject === "partner" && value.partnerOrganisationId === null) {
      ctx.addIssue({ code: "custom", path: ["partnerOrganisationId"], message: "partnerRequired" });
    }
  }, evenWhenOtherFieldsFail)
  .transform((value) => {
    const answers: Record<string, number> = {};
    const raw = value as Record<string, unknown>;
    for (const s of MATURITY_STATEMENTS) answers[s.key] = Number(raw[statementField(s.key)]);
    return {
      teamName: value.subject === "team" ? value.teamName : "",
      partnerOrganisationId: value.subject === "partner" ? value.partnerOrganisationId : null,
      trackId: value.trackId,
      moment: value.moment,
      takenOn: value.takenOn,
      note: value.note,
      answers,
    };
  });
export type ScanInput = z.infer<typeof scanSchema>;

export { attendanceField, statementField };
