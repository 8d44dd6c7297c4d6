"use server";
import { revalidatePath } from "next/cache";
// Actions of the app shell: language, active gemeente, signing out.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { recordSignOut, setOwnGemeente, setOwnLocale } from "@/db/queries/account";
import { signOut } from "@/lib/auth";
import { ACTIVE_ORGANISATION_COOKIE, getViewer, requireViewer } from "@/lib/auth/viewer";
import { LOCALE_COOKIE } from "@/lib/i18n/settings";
import { choiceCookieOptions } from "@/lib/server/choice-cookie";
import { localeSchema } from "@/lib/validation/account";

export async function changeLanguage(formData: FormData) {
  const parsed = localeSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  // Signed in, the choice is kept with the account; on the sign-in page only in a cookie.
  if (await getViewer()) await setOwnLocale(parsed.data.locale);
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, await choiceCookieOptions());
  revalidatePath("/", "layout");
}

export async function switchOrganisation(formData: FormData) {
  await requireViewer();
  const organisationId = Number(formData.get("organisationId"));
  // Only a gemeente the user is an active member of; the viewer checks the cookie again on every request.
  if (!(await setOwnGemeente(organisationId))) return;
  (await cookies()).set(ACTIVE_ORGANISATION_COOKIE, String(organisationId), await choiceCookieOptions());
  redirect("/");
}

export async function signOutAction() {
  await recordSignOut();
  await signOut({ redirectTo: "/login?afgemeld=1" });
}
