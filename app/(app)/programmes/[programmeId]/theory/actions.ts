"use server";
import { revalidatePath } from "next/cache";
import {
  addTocElement,
  addTocLink,
  removeTocElement,
  removeTocLink,
  updateTocElement,
} from "@/db/queries/theory-of-change";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import { tocElementSchema, tocLinkSchema } from "@/lib/validation/programmes";
import { invalidForm, refusedForm } from "@/lib/validation/respond";

const path = (programmeId: number) => `/programmes/${programmeId}`;

export async function addTocElementAction(
  programmeId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(tocElementSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await addTocElement({ programmeId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(path(programmeId), "layout");
  return { status: "success" };
}

export async function updateTocElementAction(
  programmeId: number,
  elementId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(tocElementSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateTocElement({ programmeId, elementId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(path(programmeId), "layout");
  return { status: "success" };
}

export async function removeTocElementAction(
  programmeId: number,
  elementId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await removeTocElement({ programmeId, elementId });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(path(programmeId), "layout");
  return { status: "success" };
}

export async function addTocLinkAction(programmeId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(tocLinkSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await addTocLink({ programmeId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(path(programmeId), "layout");
  return { status: "success" };
}

export async function removeTocLinkAction(
  programmeId: number,
  linkId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await removeTocLink({ programmeId, linkId });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(path(programmeId), "layout");
  return { status: "success" };
}
