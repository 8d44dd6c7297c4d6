"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { addMeasurement, createIndicator, importMeasurements, updateIndicator } from "@/db/queries/indicators";
import { requireViewer } from "@/lib/auth/viewer";
import { MAX_FILE_BYTES, MAX_PASTE_BYTES, megabytes } from "@/lib/domain/import-limits";
import { type CsvRowError, MAX_ROWS } from "@/lib/domain/measurement-csv";
import { readMeasurementUpload } from "@/lib/domain/measurement-upload";
import { shortLocale } from "@/lib/i18n/settings";
import { type FormState, parseForm } from "@/lib/validation/form";
import { indicatorSchema, measurementSchema } from "@/lib/validation/programmes";
import { invalidForm, refusedForm } from "@/lib/validation/respond";

const detail = (programmeId: number, indicatorId: number) => `/programmes/${programmeId}/indicators/${indicatorId}`;

export async function createIndicatorAction(
  programmeId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
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
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(indicatorSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateIndicator({ programmeId, indicatorId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
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
  if (!parsed.success) return invalidForm(parsed);
  const result = await addMeasurement({ programmeId, indicatorId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  return { status: "success" };
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
  const [t, validation, format, locale] = await Promise.all([
    getTranslations("programmes.indicators.import"),
    getTranslations("validation"),
    getFormatter(),
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

  const notAdded = (problems: string[], key: "nothingAdded" | "nothingAddedConflicts"): FormState => ({
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
  if ("conflicts" in result.value) {
    const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), "date");
    const problems = result.value.conflicts.map((row) => t("conflict", { line: row.line, date: day(row.measuredOn) }));
    return notAdded(problems, "nothingAddedConflicts");
  }
  revalidatePath(`/programmes/${programmeId}`, "layout");
  return { status: "success", message: t("added", { count: result.value.added }) };
}
