"use server";
import iconv from "iconv-lite";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { IndicatorValues } from "@/components/programmes/indicator-form";
import { indicatorValues } from "@/components/programmes/indicator-values";
import {
  addMeasurement,
  createIndicator,
  importMeasurements,
  type SavedIndicator,
  updateIndicator,
} from "@/db/queries/indicators";
import { conflictOf, indicatorProblemsOf, measurementProblemsOf, problemsOf } from "@/db/queries/measurement-rules";
import { requireViewer } from "@/lib/auth/viewer";
import { type CsvRowError, MAX_ROWS, parseMeasurementsCsv } from "@/lib/domain/measurement-csv";
import { shortLocale } from "@/lib/i18n/settings";
import { type FormState, parseForm, submittedValues } from "@/lib/validation/form";
import {
  indicatorEditSchema,
  indicatorParts,
  indicatorSchema,
  measurementParts,
  measurementSchema,
} from "@/lib/validation/indicators";
import { problemsForm, problemTranslator, withProblems } from "@/lib/validation/problems";
import { invalidForm, refusedForm } from "@/lib/validation/respond";

/** What someone else saved while the user edited: shown beside the user's own values, to save over deliberately. */
export type IndicatorConflict = { version: number; saved: IndicatorValues };

const detail = (programmeId: number, indicatorId: number) => `/programmes/${programmeId}/indicators/${indicatorId}`;

export async function createIndicatorAction(
  programmeId: number,
  _prev: FormState<{ conflict: IndicatorConflict }>,
  formData: FormData,
): Promise<FormState<{ conflict: IndicatorConflict }>> {
  await requireViewer();
  const parsed = parseForm(indicatorSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createIndicator({ programmeId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  redirect(`${detail(programmeId, result.value.indicatorId)}?nieuw=1`);
}

export async function updateIndicatorAction(
  programmeId: number,
  indicatorId: number,
  _prev: FormState<{ conflict: IndicatorConflict }>,
  formData: FormData,
): Promise<FormState<{ conflict: IndicatorConflict }>> {
  await requireViewer();
  const parsed = parseForm(indicatorEditSchema, formData);
  if (!parsed.success) {
    const also = await indicatorProblemsOf({ programmeId, indicatorId }, indicatorParts(parsed.values));
    return withProblems(await invalidForm<{ conflict: IndicatorConflict }>(parsed), also);
  }
  const result = await updateIndicator({ programmeId, indicatorId }, parsed.data);
  if (!result.ok) {
    const problems = problemsOf(result);
    if (problems) return problemsForm(problems, submittedValues(formData));
    const conflict = conflictOf<SavedIndicator>(result);
    const refused = await refusedForm<{ conflict: IndicatorConflict }>(result, formData);
    if (!conflict) return refused;
    // The page behind the form shows the indicator as it is now.
    revalidatePath(`/programmes/${programmeId}`, "layout");
    return { ...refused, result: { conflict: { version: conflict.version, saved: indicatorValues(conflict.saved) } } };
  }
  revalidatePath(`/programmes/${programmeId}`, "layout");
  redirect(`${detail(programmeId, indicatorId)}?opgeslagen=1`);
}

/** Succeeds with an empty form, so the next measurement can be typed straight away. */
export async function addMeasurementAction(
  programmeId: number,
  indicatorId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(measurementSchema, formData);
  if (!parsed.success) {
    const also = await measurementProblemsOf({ programmeId, indicatorId }, measurementParts(parsed.values));
    return withProblems(await invalidForm(parsed), also);
  }
  const result = await addMeasurement({ programmeId, indicatorId }, parsed.data);
  if (!result.ok) {
    const problems = problemsOf(result);
    return problems ? problemsForm(problems, submittedValues(formData)) : refusedForm(result, formData);
  }
  revalidatePath(`/programmes/${programmeId}`, "layout");
  return { status: "success" };
}

// Kept below Next's 1 MB limit on a server action's body, so the form around the file still fits.
// The same number is checked in the browser (components/programmes/measurement-import.tsx).
const MAX_FILE_BYTES = 1_000_000;
// What browsers report for a .csv or .txt file besides text/*: Windows calls a CSV an Excel file, some say nothing.
const LOOSE_TYPES = ["", "application/csv", "application/vnd.ms-excel", "application/octet-stream"];

/** The text of an uploaded CSV or text file; Excel's "CSV" without UTF-8 is Windows-1252. */
async function readUpload(file: File): Promise<{ text: string } | { error: "fileTooLarge" | "fileNotText" }> {
  if (file.size > MAX_FILE_BYTES) return { error: "fileTooLarge" };
  const textual =
    file.type.startsWith("text/") || (LOOSE_TYPES.includes(file.type) && /\.(csv|tsv|txt)$/i.test(file.name));
  if (!textual) return { error: "fileNotText" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.includes(0)) return { error: "fileNotText" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // What Dutch Excel saves as CSV: Windows-1252, where 0x80–0x9F are € ‘ ’ “ ” – — … (not control characters).
    return { text: iconv.decode(Buffer.from(bytes), "windows-1252") };
  }
}

/**
 * Many measurements at once, pasted in `csv` or uploaded as `file`: all or nothing. On any problem the state names
 * every line that is wrong (in `fieldErrors.csv`, one text per problem) and keeps the text in `values.csv`, so the
 * user can correct it in place; the text of an uploaded file is put there too.
 */
export async function importMeasurementsAction(
  programmeId: number,
  indicatorId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const [t, validation, locale] = await Promise.all([
    getTranslations("programmes.indicators.import"),
    getTranslations("validation"),
    getLocale().then(shortLocale),
  ]);
  const pasted = formData.get("csv");
  let text = typeof pasted === "string" ? pasted : "";
  const file = formData.get("file");
  const fromFile = typeof file === "object" && file !== null && file.size > 0;
  const refuseFile = (key: string): FormState => ({
    status: "error",
    fieldErrors: { file: [validation(key)] },
    values: { csv: text },
  });
  if (fromFile) {
    // Both at once would leave one of them unused without saying so; the pasted text stays in the box.
    if (text.trim()) return refuseFile("csvOrFile");
    const upload = await readUpload(file);
    if ("error" in upload) return refuseFile(upload.error);
    text = upload.text;
  }
  if (!text.trim()) {
    return { status: "error", fieldErrors: { csv: [validation("csvRequired")] }, values: { csv: text } };
  }

  const notAdded = (problems: string[], key: "nothingAdded" | "nothingAddedRules"): FormState => ({
    status: "error",
    message: [t(key, { count: problems.length }), fromFile ? t("fileInTextarea") : ""].filter(Boolean).join(" "),
    fieldErrors: { csv: problems },
    values: { csv: text },
  });

  const parsed = parseMeasurementsCsv(text);
  if (parsed.errors.length > 0) {
    // The parser words its problems in Dutch, with more detail than a translation by code can give.
    const describe = (error: CsvRowError) =>
      locale === "nl"
        ? error.text
        : t(`rowErrors.${error.code}`, { line: error.line, input: error.input ?? "", max: MAX_ROWS });
    return notAdded(parsed.errors.map(describe), "nothingAdded");
  }
  const result = await importMeasurements({ programmeId, indicatorId }, parsed.rows);
  if (!result.ok) return refusedForm(result, formData);
  if ("rejected" in result.value) {
    // Every row that breaks a rule, with its line and each reason in full.
    const translate = await problemTranslator();
    const problems = result.value.rejected.map((row) =>
      t("rejectedRow", { line: row.line, reasons: row.problems.map(translate).join(" ") }),
    );
    return notAdded(problems, "nothingAddedRules");
  }
  revalidatePath(`/programmes/${programmeId}`, "layout");
  return { status: "success", message: t("added", { count: result.value.added }) };
}
