// The answers of the report page's actions: the data layer's refusal in the user's language with their input kept,
// and, after a save from an older version, both versions side by side. A step taken on an outdated page (the report
// was handed in, approved or changed meanwhile) refreshes the page behind the form, so it shows what is saved now.
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { problemsOf } from "@/db/queries/measurement-rules";
import type { MutationResult } from "@/db/queries/result";
import type { VersionConflict } from "@/lib/domain/version-conflict";
import { submittedValues } from "@/lib/validation/form";
import { problemsForm } from "@/lib/validation/problems";
import { refusedForm } from "@/lib/validation/respond";
import type { VersionedFormState } from "@/lib/validation/versions";

export type ReportFormState = VersionedFormState;

/** Everything that shows a partner's report: its page, the programme's pages its approval feeds, the overviews. */
export function refreshReport() {
  revalidatePath("/", "layout");
}

/** Refusals that mean the page is behind the saved report. */
const OUTDATED = new Set(["submissionChanged", "submissionUnderReview", "submissionLocked", "submissionWrongStatus"]);

export async function refusedReport(result: MutationResult<unknown>, formData: FormData): Promise<ReportFormState> {
  if (result.ok) return { status: "idle" };
  const values = submittedValues(formData);
  const problems = problemsOf(result);
  if (problems) {
    const state = await problemsForm<{ conflict: VersionConflict }>(problems, values);
    if (result.error === "checkFields") return state;
    const t = await getTranslations("validation");
    return { ...state, message: t.has(result.error) ? t(result.error) : t("invalid") };
  }
  if (result.error === "changedMeanwhile" && "conflict" in result) {
    refreshReport();
    const state = await refusedForm<{ conflict: VersionConflict }>(result, formData);
    return { ...state, result: { conflict: result.conflict as VersionConflict } };
  }
  if (OUTDATED.has(result.error)) {
    refreshReport();
    const t = await getTranslations("partnerReport.refused");
    const key = result.error === "submissionChanged" ? "changed" : "outdated";
    const validation = await getTranslations("validation");
    const message = key === "changed" ? t("changed") : `${validation(result.error)} ${t("outdated")}`;
    return { status: "error", message, fieldErrors: {}, values };
  }
  return refusedForm(result, formData);
}
