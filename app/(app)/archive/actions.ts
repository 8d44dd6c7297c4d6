"use server";
// Archiving, restoring and deleting from a record's page or from a "Gearchiveerd" list. The buttons name the record
// (bound to the action); the data layer checks that it is the viewer's to change and where it belongs.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { archivedPath, listPath, recordPath, withParam } from "@/components/archive/paths";
import * as archive from "@/db/queries/archive";
import { requireViewer } from "@/lib/auth/viewer";
import { type ArchiveTarget, archiveSchema, archiveTargetSchema } from "@/lib/validation/archive";
import { type FormState, parseForm } from "@/lib/validation/form";
import { invalidForm, refusedForm } from "@/lib/validation/respond";

/** The record a button names, checked like any other input; records of a programme need their programme. */
function parseTarget(target: unknown): (ArchiveTarget & archive.ArchiveIds) | null {
  const parsed = archiveTargetSchema.safeParse(target);
  if (!parsed.success) return null;
  const inProgramme = !["programme", "page", "lesson", "roadmapStep"].includes(parsed.data.kind);
  if (inProgramme && parsed.data.programmeId === undefined) return null;
  return { ...parsed.data, programmeId: parsed.data.programmeId ?? 0 };
}

export async function archiveAction(target: ArchiveTarget, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const ids = parseTarget(target);
  if (!ids) return refusedForm({ error: "invalid" }, formData);
  const parsed = parseForm(archiveSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await archive.ARCHIVE_WRITES[ids.kind].archive(ids, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/", "layout");
  redirect(withParam(recordPath(ids), "gearchiveerd", 1));
}

/** Restores from the record's own page (`record`) or from the "Gearchiveerd" list (`list`), and goes back there. */
export async function restoreAction(
  target: ArchiveTarget,
  from: "record" | "list",
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const ids = parseTarget(target);
  if (!ids) return refusedForm({ error: "invalid" }, formData);
  const result = await archive.ARCHIVE_WRITES[ids.kind].restore(ids);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/", "layout");
  redirect(
    from === "list"
      ? withParam(archivedPath(ids.kind, ids.programmeId || null), "teruggezet", ids.id)
      : withParam(recordPath(ids), "teruggezet", 1),
  );
}

export async function deleteAction(target: ArchiveTarget, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const ids = parseTarget(target);
  const remove = ids ? archive.ARCHIVE_WRITES[ids.kind].delete : undefined;
  if (!ids || !remove) return refusedForm({ error: "invalid" }, formData);
  const result = await remove(ids);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/", "layout");
  redirect(withParam(listPath(ids.kind, ids.programmeId || null), "verwijderd", 1));
}
