import "server-only";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";

/** The gemeente a footer page speaks for: the signed-in person's, else a general name. */
export async function speakingFor(): Promise<{ signedIn: boolean; name: string }> {
  const viewer = await getViewer();
  if (viewer) return { signedIn: true, name: viewer.organisationName };
  const t = await getTranslations("public");
  return { signedIn: false, name: t("theGemeente") };
}
