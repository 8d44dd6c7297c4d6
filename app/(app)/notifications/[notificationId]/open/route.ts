// Opening a notification: marks it read and goes on to where the work is done. A link in an e-mail may be about
// another gemeente of the same person; then that gemeente becomes the active one first.
import { cookies } from "next/headers";
import { setOwnGemeente } from "@/db/queries/account";
import { markNotificationRead } from "@/db/queries/notifications";
import { signInFirst } from "@/lib/auth/guard";
import { ACTIVE_ORGANISATION_COOKIE, getViewer } from "@/lib/auth/viewer";
import { choiceCookieOptions } from "@/lib/server/choice-cookie";

const goTo = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

export async function GET(request: Request, { params }: { params: Promise<{ notificationId: string }> }) {
  // A browser or router that fetches the link ahead of a click has not opened it.
  if (request.headers.get("next-router-prefetch") || request.headers.get("purpose") === "prefetch") {
    return new Response(null, { status: 204 });
  }
  const { notificationId } = await params;
  const viewer = await getViewer();
  if (!viewer) return signInFirst(`/notifications/${notificationId}/open`);
  const id = Number(notificationId);
  if (!/^\d{1,12}$/.test(notificationId) || !Number.isSafeInteger(id)) return goTo("/notifications?onbekend=1");
  const result = await markNotificationRead({ notificationId: id }, { anyGemeente: true });
  if (!result.ok) return goTo("/notifications?onbekend=1");
  const { href, organisationId } = result.value;
  if (organisationId !== viewer.organisationId && (await setOwnGemeente(organisationId))) {
    (await cookies()).set(ACTIVE_ORGANISATION_COOKIE, String(organisationId), await choiceCookieOptions());
  }
  // Only ever a path inside the application.
  return goTo(href.startsWith("/") && !href.startsWith("//") ? href : "/notifications");
}
