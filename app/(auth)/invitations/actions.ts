"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { answerInvitation } from "@/db/queries/invitations";
import { ACTIVE_ORGANISATION_COOKIE } from "@/lib/auth/viewer";
import { choiceCookieOptions } from "@/lib/server/choice-cookie";

export async function answerInvitationAction(memberId: number, formData: FormData) {
  const answer = formData.get("answer") === "accept" ? "accept" : "decline";
  const result = await answerInvitation({ memberId }, answer);
  if (result.ok && result.value.organisationId !== null) {
    // An accepted invitation: work in that gemeente straight away.
    (await cookies()).set(ACTIVE_ORGANISATION_COOKIE, String(result.value.organisationId), await choiceCookieOptions());
    redirect("/");
  }
  redirect("/invitations?beantwoord=1");
}
