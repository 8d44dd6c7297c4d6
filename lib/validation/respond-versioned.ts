// The answer of an edit form whose save was refused: the message in the user's language, what they sent, and, when
// someone else saved in between, what is saved now (shown beside the user's own values).
import "server-only";
import type { VersionConflict } from "../domain/version-conflict";
import { refusedForm } from "./respond";
import type { VersionedFormState } from "./versions";

export async function refusedVersionedForm(
  refusal: { error: string; field?: string; conflict?: VersionConflict },
  formData: FormData,
): Promise<VersionedFormState> {
  const state = await refusedForm<{ conflict: VersionConflict }>(refusal, formData);
  return refusal.conflict ? { ...state, result: { conflict: refusal.conflict } } : state;
}
