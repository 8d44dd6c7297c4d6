"use server";
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
import { MAX_FILE_BYTES, MAX_PASTE_BYTES, megabytes } from "@/lib/domain/import-limits";
import { type CsvRowError, MAX_ROWS } from "@/lib/domain/measurement-csv";
import { readMeasurementUpload } from "@/lib/domain/measurement-upload";
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

/**
 * Succeeds with an empty form, so the next measurement can be typed straight away, and the new measurement's id, so the
 * form can point to the screen of the table that holds it.
 */
export async function addMeasurementAction(
  programmeId: number,
  indicatorId: number,
  _prev: FormState<{ measurementId: number }>,
  formData: FormData,
): Promise<FormState<{ measurementId: number }>> {
  await requireViewer();
  const parsed = parseForm(measurementSchema, formData);
  if (!parsed.success) {
    const also = await measurementProblemsOf({ programmeId, indicatorId }, measurementParts(parsed.values));
    return withProblems(await invalidForm<{ measurementId: number }>(parsed), also);
  }
  const result = await addMeasurement({ programmeId, indicatorId }, parsed.data);
  if (!result.ok) {
    const problems = problemsOf(result);
    return problems ? problemsForm(problems, submittedValues(formData)) : refusedForm(result, formData);
  }
  revalidatePath(`/programmes/${programmeId}`, "layout");
  return { status: "success", result: result.value };
}

/**
 * Many measurements at once, pasted in `csv` or uploaded as `file`: all or nothing. On any problem the state names
 * every line that is wrong (one text per problem, in `fieldErrors.csv`, or in `fieldErrors.file` for the rows of an
 * Excel workbook) and keeps the text in `values.csv`, so the user can correct it in place; the text of an uploaded
 * CSV or text file is put there too. Reading the upload is lib/domain/measurement-upload.ts.
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
  const upload = await readMeasurementUpload(formData.get("csv"), formData.get("file"));
  if (!upload.ok) {
    const limits = { max: megabytes(upload.field === "csv" ? MAX_PASTE_BYTES : MAX_FILE_BYTES) };
    return {
      status: "error",
      fieldErrors: { [upload.field]: [validation(upload.problem, limits)] },
      values: { csv: upload.pasted },
    };
  }
  const { from, text, parsed } = upload;
  const field = from === "workbook" ? "file" : "csv";

  const notAdded = (problems: string[], key: "nothingAdded" | "nothingAddedRules"): FormState => ({
    status: "error",
    message: [t(key, { count: problems.length, from }), from === "textFile" ? t("fileInTextarea") : ""]
      .filter(Boolean)
      .join(" "),
    fieldErrors: { [field]: problems },
    values: { csv: text },
  });

  if (parsed.errors.length > 0) {
    // The parser words its problems in Dutch, with more detail than a translation by code can give.
    const describe = (error: CsvRowError) =>
      locale === "nl"
        ? error.text
        : t(`rowErrors.${error.code}`, {
            line: error.line,
            input: error.input ?? "",
            max: MAX_ROWS,
            source: from === "paste" ? "text" : "file",
          });
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
