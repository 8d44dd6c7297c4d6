"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  answerLearningQuestion,
  createLearningQuestion,
  updateLearningQuestion,
} from "@/db/queries/learning-question-changes";
import { moveLearningQuestion } from "@/db/queries/learning-question-order";
import { QUESTIONS_PAGE_SIZE } from "@/db/queries/learning-questions";
import { requireViewer } from "@/lib/auth/viewer";
import { listAfterMove } from "@/lib/domain/learning-question-moves";
import type { Direction } from "@/lib/domain/learning-questions";
import { type FormState, parseForm } from "@/lib/validation/form";
import {
  learningAnswerEditSchema,
  learningQuestionEditSchema,
  moveSchema,
  newLearningQuestionSchema,
} from "@/lib/validation/learning-questions";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import type { VersionedFormState } from "@/lib/validation/versions";

const detail = (questionId: number) => `/learning-questions/${questionId}`;

// The backlog shows on its own page, on programme pages and in their recent activity.
const refresh = () => revalidatePath("/", "layout");

export async function createLearningQuestionAction(_prev: FormState<unknown>, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(newLearningQuestionSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createLearningQuestion(parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  refresh();
  redirect(`${detail(result.value.questionId)}?aangemaakt=${parsed.data.followUpOfId ? "vervolg" : "1"}`);
}

export async function updateLearningQuestionAction(
  questionId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(learningQuestionEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateLearningQuestion({ questionId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  refresh();
  redirect(`${detail(questionId)}?opgeslagen=1`);
}

export async function answerLearningQuestionAction(
  questionId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(learningAnswerEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await answerLearningQuestion({ questionId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  refresh();
  redirect(`${detail(questionId)}?antwoord=1`);
}

/**
 * One place up or down. Within the screen there is no redirect: the list is refreshed in place, so the buttons can
 * keep the focus where the keyboard user left it. When the question leaves the screen (the first one up, the last one
 * down), the user goes along to the screen where it now is, with the list's filters kept.
 */
export async function moveLearningQuestionAction(
  questionId: number,
  _prev: FormState<{ direction: Direction }>,
  formData: FormData,
): Promise<FormState<{ direction: Direction }>> {
  await requireViewer();
  const parsed = parseForm(moveSchema, formData);
  if (!parsed.success) return invalidForm(parsed, "invalid");
  const result = await moveLearningQuestion({ questionId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  refresh();
  const elsewhere = listAfterMove(formData.get("list"), {
    questionId,
    direction: parsed.data.direction,
    place: result.value.place,
    pageSize: QUESTIONS_PAGE_SIZE,
  });
  if (elsewhere) redirect(elsewhere);
  return { status: "success", result: { direction: parsed.data.direction } };
}
