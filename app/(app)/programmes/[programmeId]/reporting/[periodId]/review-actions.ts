"use server";
// The gemeente's actions on a partner's report: send it back with comments, approve it (its values become
// measurements, its findings and lessons enter the evidence trail and the library), reopen an approved one.
import { redirect } from "next/navigation";
import type { MutationResult } from "@/db/queries/result";
import { approveSubmission } from "@/db/queries/submission-approval";
import { reopenSubmission } from "@/db/queries/submission-reopen";
import { sendBackSubmission } from "@/db/queries/submission-steps";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import { approveSchema, reopenSchema, sendBackSchema } from "@/lib/validation/reporting";
import { invalidForm } from "@/lib/validation/respond";
import { refreshReport, refusedReport } from "./respond";

type Ids = { programmeId: number; periodId: number; submissionId: number };

const reportPath = ({ programmeId, periodId }: Ids) => `/programmes/${programmeId}/reporting/${periodId}`;

type Step = "teruggestuurd" | "goedgekeurd" | "heropend";

async function answer(ids: Ids, step: Step, result: MutationResult<unknown>, formData: FormData): Promise<FormState> {
  if (!result.ok) {
    const { result: _conflict, ...state } = await refusedReport(result, formData);
    return state;
  }
  refreshReport();
  redirect(`${reportPath(ids)}?stap=${step}`);
}

export async function sendBackAction(ids: Ids, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(sendBackSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await sendBackSubmission({ submissionId: ids.submissionId }, parsed.data);
  return answer(ids, "teruggestuurd", result, formData);
}

export async function approveAction(ids: Ids, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(approveSchema, formData);
  if (!parsed.success) return invalidForm(parsed, "versionMissing");
  const result = await approveSubmission({ submissionId: ids.submissionId }, parsed.data);
  return answer(ids, "goedgekeurd", result, formData);
}

export async function reopenAction(ids: Ids, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(reopenSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await reopenSubmission({ submissionId: ids.submissionId }, parsed.data);
  return answer(ids, "heropend", result, formData);
}
