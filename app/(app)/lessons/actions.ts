"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createLesson } from "@/db/queries/lessons";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import { lessonSchema } from "@/lib/validation/lessons";
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
