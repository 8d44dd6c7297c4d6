"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { removeLogo, setBrandColour, setHelpdesk, setLogo } from "@/db/queries/gemeente-settings";
import { requireViewer } from "@/lib/auth/viewer";
import { checkLogo } from "@/lib/domain/logo";
import { toLogoPng } from "@/lib/server/logo-image";
import { type FormState, parseForm, submittedValues } from "@/lib/validation/form";
import { brandColourSchema, helpdeskSchema, logoStampSchema } from "@/lib/validation/gemeente";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import type { VersionedFormState } from "@/lib/validation/versions";

const PAGE = "/admin/gemeente";

export async function saveHelpdeskAction(_prev: VersionedFormState, formData: FormData): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(helpdeskSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await setHelpdesk(parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath(PAGE);
  redirect(`${PAGE}?opgeslagen=helpdesk`);
}

export async function saveColourAction(_prev: VersionedFormState, formData: FormData): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(brandColourSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await setBrandColour(parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  // The colour is the theme of every page.
  revalidatePath("/", "layout");
  redirect(`${PAGE}?opgeslagen=kleur`);
}

const logoRefused = (formData: FormData, error: string): Promise<FormState> =>
  invalidForm({ fieldErrors: { logo: [error] }, values: submittedValues(formData) });

/** The uploaded file is checked here (size, kind), drawn again as a PNG, and only that PNG is stored. */
export async function uploadLogoAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(logoStampSchema, formData);
  if (!parsed.success) return invalidForm(parsed, "versionMissing");
  const file = formData.get("logo");
  if (!(file instanceof File) || file.name === "") return logoRefused(formData, "chooseLogo");
  // The size is known before reading: a file over the limit is not read at all.
  if (file.size === 0) return logoRefused(formData, "logoEmpty");
  const content = new Uint8Array(await file.arrayBuffer());
  const check = checkLogo(content);
  if (!check.ok) return logoRefused(formData, check.error);
  const image = await toLogoPng(content, check.kind);
  if (!image.ok) return logoRefused(formData, image.error);
  const result = await setLogo({
    png: image.png,
    width: image.width,
    height: image.height,
    logoStamp: parsed.data.logoStamp,
  });
  if (!result.ok) {
    revalidatePath(PAGE);
    return refusedForm(result, formData);
  }
  revalidatePath("/", "layout");
  redirect(`${PAGE}?opgeslagen=logo`);
}

export async function removeLogoAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(logoStampSchema, formData);
  if (!parsed.success) return invalidForm(parsed, "versionMissing");
  const result = await removeLogo(parsed.data);
  if (!result.ok) {
    revalidatePath(PAGE);
    return refusedForm(result, formData);
  }
  revalidatePath("/", "layout");
  redirect(`${PAGE}?opgeslagen=logo-weg`);
}
