// Schemas of partner reporting: setting it up (indicators for a partner, reporting periods), the partner's report
// (values, narrative, insights, a document) and the review (send back with comments, approve, reopen). What depends
// on the programme as saved (assigned indicators, the period, the indicator's bounds) the data layer checks inside
// the write; the rules across fields here it checks again, so a direct call cannot skip them.
import { z } from "zod";
import { VERDICTS } from "../domain/constants";
import { addDays } from "../domain/measurement-schedule";
import { REPORTING_FREQUENCIES, reportingPeriods } from "../domain/reporting-periods";
import { commentField, DOCUMENT_TYPES, type DocumentExtension, MAX_DOCUMENT_BYTES } from "./field-names/reporting";
import { evenWhenOtherFieldsFail, isDay, requiredDay, requiredNumber, requiredText } from "./fields";

const optionalText = (max = 4000) => z.string().trim().max(max, { error: "tooLong" }).default("");

const requiredId = (error: string) =>
  z
    .string({ error })
    .trim()
    .min(1, { error })
    .transform((value, ctx) => {
      const id = Number(value);
      if (!/^\d{1,15}$/.test(value) || !Number.isSafeInteger(id) || id <= 0) {
        ctx.addIssue({ code: "custom", message: "invalid" });
        return z.NEVER;
      }
      return id;
    });

/** The ids of a group of checkboxes: none, one or several. */
const idList = () =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value, ctx) => {
      const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
      const ids = list.map(Number);
      if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) {
        ctx.addIssue({ code: "custom", message: "invalid" });
        return z.NEVER;
      }
      return [...new Set(ids)];
    });

/**
 * The version of the report the page was opened on; 0 while the period has no report yet (the first save makes one).
 */
export const submissionVersion = () =>
  z.coerce.number({ error: "versionMissing" }).int({ error: "versionMissing" }).min(0, { error: "versionMissing" });

// ---------------------------------------------------------------------------------------------------------------
// Setting up.

export const assignmentSchema = z
  .object({
    partnerOrganisationId: requiredId("choosePartner"),
    /** "all": every live indicator of the programme, now. */
    scope: z.enum(["chosen", "all"], { error: "choose" }).default("chosen"),
    indicatorIds: idList(),
  })
  .superRefine((value, ctx) => {
    if (value.scope === "chosen" && Array.isArray(value.indicatorIds) && value.indicatorIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["indicatorIds"], message: "chooseIndicators" });
    }
  }, evenWhenOtherFieldsFail)
  .transform(({ partnerOrganisationId, scope, indicatorIds }) => ({
    partnerOrganisationId,
    indicatorIds: scope === "all" ? ("all" as const) : indicatorIds,
  }));
export type AssignmentInput = z.infer<typeof assignmentSchema>;

/** The longest custom period, and how long after its end a report may be due at the latest. */
export const MAX_PERIOD_DAYS = 731;
export const MAX_DUE_AFTER_DAYS = 180;

/** What is wrong with one period's days, per field: the end before the start, due before the end, too long. */
export function periodProblems(period: { startsOn: unknown; endsOn: unknown; dueOn: unknown }) {
  const problems: { field: "endsOn" | "dueOn"; key: string }[] = [];
  const { startsOn, endsOn, dueOn } = period;
  if (isDay(startsOn) && isDay(endsOn)) {
    if (endsOn < startsOn) problems.push({ field: "endsOn", key: "endBeforeStart" });
    else if ((addDays(startsOn, MAX_PERIOD_DAYS) ?? endsOn) <= endsOn) {
      problems.push({ field: "endsOn", key: "periodTooLong" });
    }
  }
  if (isDay(endsOn) && isDay(dueOn)) {
    if (dueOn < endsOn) problems.push({ field: "dueOn", key: "dueBeforeEnd" });
    else if ((addDays(endsOn, MAX_DUE_AFTER_DAYS) ?? dueOn) < dueOn)
      problems.push({ field: "dueOn", key: "dueTooLate" });
  }
  return problems;
}

export const customPeriodSchema = z
  .object({
    partnerOrganisationId: requiredId("choosePartner"),
    startsOn: requiredDay(),
    endsOn: requiredDay(),
    dueOn: requiredDay(),
  })
  .superRefine((value, ctx) => {
    for (const problem of periodProblems(value)) {
      ctx.addIssue({ code: "custom", path: [problem.field], message: problem.key });
    }
  }, evenWhenOtherFieldsFail);
export type CustomPeriodInput = z.infer<typeof customPeriodSchema>;

/** Periods per month, quarter or half year from one day to another, each due some days after it ends. */
export const periodSeriesSchema = z
  .object({
    partnerOrganisationId: requiredId("choosePartner"),
    frequency: z.enum(REPORTING_FREQUENCIES, { error: "choose" }),
    from: requiredDay(),
    to: requiredDay(),
    dueAfterDays: z.coerce
      .number({ error: "dueAfterDays" })
      .int({ error: "dueAfterDays" })
      .min(0, { error: "dueAfterDays" })
      .max(MAX_DUE_AFTER_DAYS, { error: "dueAfterDays" }),
  })
  .superRefine((value, ctx) => {
    if (!isDay(value.from) || !isDay(value.to)) return;
    if (value.to < value.from) ctx.addIssue({ code: "custom", path: ["to"], message: "endBeforeStart" });
    else if (REPORTING_FREQUENCIES.includes(value.frequency) && seriesOf(value).length === 0) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "tooManyPeriods" });
    }
  }, evenWhenOtherFieldsFail);
export type PeriodSeriesInput = z.infer<typeof periodSeriesSchema>;

/** The periods a series makes; none when the span holds more than MAX_PERIODS. */
export const seriesOf = (input: Pick<PeriodSeriesInput, "frequency" | "from" | "to" | "dueAfterDays">) =>
  reportingPeriods(
    input.frequency,
    input.from,
    input.to,
    Number.isInteger(input.dueAfterDays) ? input.dueAfterDays : 0,
  );

// ---------------------------------------------------------------------------------------------------------------
// The partner's report.

export const submissionValueSchema = z.object({
  indicatorId: requiredId("chooseIndicator"),
  measuredOn: requiredDay(),
  value: requiredNumber(),
  note: optionalText(1000),
  version: submissionVersion(),
});
export type SubmissionValueInput = z.infer<typeof submissionValueSchema>;

export const narrativeSchema = z.object({
  wentWell: optionalText(4000),
  wentLess: optionalText(4000),
  learned: optionalText(4000),
  version: submissionVersion(),
});
export type NarrativeInput = z.infer<typeof narrativeSchema>;

/** A finding about one of the programme's assumptions, with what it says about it and why. */
export const findingInsightSchema = z.object({
  kind: z.literal("finding").default("finding"),
  title: requiredText(200),
  body: requiredText(4000),
  assumptionId: requiredId("chooseAssumption"),
  verdict: z.enum(VERDICTS, { error: "choose" }),
  evidence: optionalText(4000),
  version: submissionVersion(),
});
export type FindingInsightInput = z.infer<typeof findingInsightSchema>;

export const lessonInsightSchema = z.object({
  kind: z.literal("lesson").default("lesson"),
  title: requiredText(200),
  body: requiredText(8000),
  version: submissionVersion(),
});
export type LessonInsightInput = z.infer<typeof lessonInsightSchema>;

export type InsightInput = FindingInsightInput | LessonInsightInput;

/** Removing a value, an insight or the document, handing in: only the version the page was opened on. */
export const submissionStepSchema = z.object({ version: submissionVersion() });
export type SubmissionStepInput = z.infer<typeof submissionStepSchema>;

// ---------------------------------------------------------------------------------------------------------------
// The document.

const MAX_NAME = 120;

/**
 * A file name that is safe to store and to send back in a download: no folders, no control characters or characters
 * Windows forbids, no leading dots, at most 120 characters with the extension kept.
 */
export function sanitiseFileName(name: string): string {
  const base = name.normalize("NFC").split(/[\\/]/).pop() ?? "";
  const clean = base
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "");
  const dot = clean.lastIndexOf(".");
  const extension = dot > 0 ? clean.slice(dot).toLowerCase() : "";
  const stem = (dot > 0 ? clean.slice(0, dot) : clean).trim().replace(/[.\s]+$/, "");
  const kept = stem.slice(0, Math.max(1, MAX_NAME - extension.length)).trim();
  return `${kept || "document"}${extension}`;
}

export type DocumentUpload = { fileName: string; content: Uint8Array };

/**
 * The document as it will be stored (sanitised name, the type its extension stands for), or the key of what is
 * wrong with it: empty, larger than 5 MB, not one of the kinds a report takes, or not what its extension says.
 */
export function checkDocument(
  upload: DocumentUpload,
): { ok: true; fileName: string; contentType: string; size: number } | { ok: false; error: string } {
  const size = upload.content.byteLength;
  if (size === 0) return { ok: false, error: "documentEmpty" };
  if (size > MAX_DOCUMENT_BYTES) return { ok: false, error: "documentTooLarge" };
  const fileName = sanitiseFileName(upload.fileName);
  const extension = fileName.slice(fileName.lastIndexOf(".") + 1).toLowerCase();
  if (!Object.hasOwn(DOCUMENT_TYPES, extension)) return { ok: false, error: "documentType" };
  const type = DOCUMENT_TYPES[extension as DocumentExtension];
  if (!type.magic.every((byte, index) => upload.content[index] === byte)) return { ok: false, error: "documentType" };
  return { ok: true, fileName, contentType: type.contentType, size };
}

// ---------------------------------------------------------------------------------------------------------------
// The review.

const COMMENT_FIELD = /^comment-(v|i)-(\d{1,12})$/;

type ItemComment = { id: number; comment: string };

function itemComments(values: Record<string, unknown>) {
  const found = { values: [] as ItemComment[], insights: [] as ItemComment[] };
  for (const [key, raw] of Object.entries(values)) {
    const match = COMMENT_FIELD.exec(key);
    if (!match) continue;
    const comment = typeof raw === "string" ? raw.trim() : "";
    if (comment) (match[1] === "v" ? found.values : found.insights).push({ id: Number(match[2]), comment });
  }
  return found;
}

/** Sending a report back: a comment on the whole and/or on single values and insights; at least one. */
export const sendBackSchema = z
  .looseObject({ comment: optionalText(2000), version: submissionVersion() })
  .superRefine((value, ctx) => {
    for (const [key, raw] of Object.entries(value)) {
      if (COMMENT_FIELD.test(key) && typeof raw === "string" && raw.trim().length > 2000) {
        ctx.addIssue({ code: "custom", path: [key], message: "tooLong:2000" });
      }
    }
    const items = itemComments(value);
    const general = typeof value.comment === "string" ? value.comment.trim() : "";
    if (!general && items.values.length === 0 && items.insights.length === 0) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "sendBackCommentRequired" });
    }
  }, evenWhenOtherFieldsFail)
  .transform((value) => ({ comment: value.comment, ...itemComments(value), version: value.version }));
export type SendBackInput = z.infer<typeof sendBackSchema>;

export const approveSchema = submissionStepSchema;
export type ApproveInput = SubmissionStepInput;

/** Reopening an approved report: why (the partner reads it, the measurements it made are withdrawn for it). */
export const reopenSchema = z.object({
  reason: z
    .string({ error: "reopenReasonRequired" })
    .trim()
    .min(1, { error: "reopenReasonRequired" })
    .max(2000, { error: "tooLong" }),
  version: submissionVersion(),
});
export type ReopenInput = z.infer<typeof reopenSchema>;

export { commentField, DOCUMENT_TYPES, type DocumentExtension, MAX_DOCUMENT_BYTES };
