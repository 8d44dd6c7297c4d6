"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createLesson, updateLesson } from "@/db/queries/lessons";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import { lessonEditSchema, lessonSchema } from "@/lib/validation/lessons";
import { invalidForm, refusedForm } from "@/lib/validation/respond";

export async function createLessonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(lessonSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createLesson(parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  // The library, and the programme and session the lesson belongs to.
  revalidatePath("/", "layout");
  redirect(`/lessons/${result.value.lessonId}?nieuw=1`);
}

export async function updateLessonAction(lessonId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(lessonEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateLesson({ lessonId }, parsed.data);
  if (!result.ok) {
    // The edit page shows the lesson as it is now beside the user's own text, and its newer version to save over.
    revalidatePath(`/lessons/${lessonId}/edit`);
    return refusedForm(result, formData);
  }
  revalidatePath("/", "layout");
  redirect(`/lessons/${lessonId}?gewijzigd=1`);
}
