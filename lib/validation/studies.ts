// Schemas of the impact-study forms: a study with its report links, and a finding with what it says about the
// programme's hypotheses and assumptions. Repeated parts of a form have numbered or id-bearing field names
// ("reportUrl-0", "verdict-a-12"), so every row keeps its own value and its own error after a failed submit.
import { z } from "zod";
import { EVIDENCE_STRENGTHS, STUDY_METHODS, STUDY_STATUSES, VERDICTS, type Verdict } from "../domain/constants";
import { needsEvidenceStrength, safeReportUrl } from "../domain/evidence";
import { parseDay } from "../domain/time";
import {
  MAX_REPORTS,
  reportLine,
  reportRows,
  reportTitleField,
  reportUrlField,
  submittedReportLines,
  verdictField,
} from "./field-names/studies";
import { evenWhenOtherFieldsFail, requiredText } from "./fields";
import { optionalDay } from "./programmes";
import { withVersion } from "./versions";

const optionalText = (max = 4000) => z.string().trim().max(max, { error: "tooLong" }).default("");

const requiredId = (error: string) =>
  z
    .string({ error })
    .min(1, { error })
    .transform((value, ctx) => {
      const id = Number(value);
      if (!Number.isInteger(id) || id <= 0) {
        ctx.addIssue({ code: "custom", message: "invalid" });
        return z.NEVER;
      }
      return id;
    });

const isDay = (value: unknown): value is string => typeof value === "string" && Boolean(parseDay(value));
const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

export const studySchema = z
  .looseObject({
    title: requiredText(200),
    researchQuestion: requiredText(1000),
    method: z.enum(STUDY_METHODS, { error: "choose" }),
    startDate: optionalDay(),
    endDate: optionalDay(),
    status: z.enum(STUDY_STATUSES, { error: "choose" }),
    ownerId: requiredId("studyOwnerRequired"),
    summary: optionalText(4000),
    evidenceStrength: z
      .union([z.literal(""), z.enum(EVIDENCE_STRENGTHS)], { error: "choose" })
      .optional()
      .transform((value) => value || null),
  })
  .superRefine((value, ctx) => {
    if (isDay(value.startDate) && isDay(value.endDate) && value.endDate < value.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
    }
    if (typeof value.status === "string" && STUDY_STATUSES.some((s) => s === value.status)) {
      const status = value.status as (typeof STUDY_STATUSES)[number];
      if (needsEvidenceStrength(status) && !value.evidenceStrength) {
        ctx.addIssue({ code: "custom", path: ["evidenceStrength"], message: "strengthWhenDone" });
      }
    }
    for (const row of reportRows(value)) {
      if (!row.title)
        ctx.addIssue({ code: "custom", path: [reportTitleField(row.index)], message: "reportTitleRequired" });
      else if (row.title.length > 200) {
        ctx.addIssue({ code: "custom", path: [reportTitleField(row.index)], message: "tooLongShort:200" });
      }
      if (!row.url) ctx.addIssue({ code: "custom", path: [reportUrlField(row.index)], message: "reportUrlRequired" });
      else if (!safeReportUrl(row.url)) {
        ctx.addIssue({ code: "custom", path: [reportUrlField(row.index)], message: "reportUrl" });
      }
    }
  }, evenWhenOtherFieldsFail)
  .transform((value) => ({
    title: value.title,
    researchQuestion: value.researchQuestion,
    method: value.method,
    startDate: value.startDate,
    endDate: value.endDate,
    status: value.status,
    ownerId: value.ownerId,
    summary: value.summary,
    evidenceStrength: value.evidenceStrength,
    reports: reportRows(value).map((row) => ({ title: row.title, url: safeReportUrl(row.url) ?? "" })),
  }));
export type StudyInput = z.infer<typeof studySchema>;
export const studyEditSchema = withVersion(studySchema);
export type StudyEditInput = z.infer<typeof studyEditSchema>;

const VERDICT_FIELD = /^verdict-(h|a)-(\d{1,12})$/;

export type FindingLinkInput = { hypothesisId: number | null; assumptionId: number | null; verdict: Verdict };

function verdictRows(values: Record<string, unknown>) {
  const rows: { key: string; kind: "h" | "a"; id: number; value: string }[] = [];
  for (const [key, value] of Object.entries(values)) {
    const match = VERDICT_FIELD.exec(key);
    if (!match) continue;
    rows.push({
      key,
      kind: match[1] as "h" | "a",
      id: Number(match[2]),
      value: Array.isArray(value) ? "" : text(value),
    });
  }
  return rows;
}

const isVerdict = (value: string): value is Verdict => VERDICTS.some((v) => v === value);

export const findingSchema = z
  .looseObject({
    title: requiredText(200),
    description: requiredText(4000),
    interpretation: optionalText(4000),
  })
  .superRefine((value, ctx) => {
    for (const row of verdictRows(value)) {
      if (row.id <= 0 || !Number.isSafeInteger(row.id) || (row.value && !isVerdict(row.value))) {
        ctx.addIssue({ code: "custom", path: [row.key], message: "invalid" });
      }
    }
  }, evenWhenOtherFieldsFail)
  .transform((value) => ({
    title: value.title,
    description: value.description,
    interpretation: value.interpretation,
    links: verdictRows(value).flatMap((row): FindingLinkInput[] =>
      isVerdict(row.value)
        ? [
            {
              hypothesisId: row.kind === "h" ? row.id : null,
              assumptionId: row.kind === "a" ? row.id : null,
              verdict: row.value,
            },
          ]
        : [],
    ),
  }));
export type FindingInput = z.infer<typeof findingSchema>;
export const findingEditSchema = withVersion(findingSchema);
export type FindingEditInput = z.infer<typeof findingEditSchema>;

export { MAX_REPORTS, reportLine, reportRows, reportTitleField, reportUrlField, submittedReportLines, verdictField };
