"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import {
  addPageComment,
  createPage,
  type PageConflict,
  restorePageRevision,
  updatePage,
} from "@/db/queries/page-changes";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm, submittedValues } from "@/lib/validation/form";
import { editPageSchema, newPageSchema, pageCommentSchema, restoreRevisionSchema } from "@/lib/validation/pages";
import { invalidForm, refusedForm } from "@/lib/validation/respond";

const pagePath = (pageId: number) => `/pages/${pageId}`;

// Pages show in the gemeente's list, in their programme's list and in the programme's recent activity.
const refresh = () => revalidatePath("/", "layout");

/** A place the viewer may not write (or may not see) is answered at the choice of programme, as the form asks it. */
function placeRefusal(refusal: { error: string; field?: string }, programmeId: number | null) {
  if (refusal.error !== "forbidden" && refusal.error !== "notFound") return refusal;
  return { error: programmeId === null ? "pageProgrammeRequired" : "pageProgrammeNotAllowed", field: "programmeId" };
}

export async function createPageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(newPageSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createPage(parsed.data);
  if (!result.ok) return refusedForm(placeRefusal(result, parsed.data.programmeId), formData);
  refresh();
  redirect(`${pagePath(result.value.pageId)}?aangemaakt=1`);
}

export type PageEditState = FormState<{ conflict: PageConflict }>;

/**
 * Saves an edit. When someone else saved in between, nothing is written: the state carries what is saved now and
 * everything the user submitted, and the next save is based on the version they have now seen.
 */
export async function updatePageAction(
  pageId: number,
  _prev: PageEditState,
  formData: FormData,
): Promise<PageEditState> {
  await requireViewer();
  const parsed = parseForm(editPageSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updatePage({ pageId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  const saved = result.value;
  if (saved.outcome === "conflict") {
    const t = await getTranslations("pages.conflict");
    return {
      status: "error",
      message: t("message"),
      values: submittedValues(formData),
      result: { conflict: saved.current },
    };
  }
  refresh();
  redirect(
    saved.outcome === "saved" ? `${pagePath(pageId)}?opgeslagen=${saved.version}` : `${pagePath(pageId)}?ongewijzigd=1`,
  );
}

export async function restorePageRevisionAction(
  pageId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(restoreRevisionSchema, formData);
  if (!parsed.success) return invalidForm(parsed, "invalid");
  const result = await restorePageRevision({ pageId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  refresh();
  redirect(`${pagePath(pageId)}?hersteld=${parsed.data.version}&versie=${result.value.version}`);
}

export async function addPageCommentAction(pageId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(pageCommentSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await addPageComment({ pageId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  refresh();
  redirect(`${pagePath(pageId)}?reactie=${result.value.commentId}#reactie-${result.value.commentId}`);
}
