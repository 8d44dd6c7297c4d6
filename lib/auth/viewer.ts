// Who is asking, loaded fresh from the database once per request. A deactivated membership, a changed role or a
// bumped session version takes effect on the very next request, whatever the session cookie says.
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { sessionIsLive } from "@/db/queries/session-check";
import { loadViewerRecord } from "@/db/queries/viewer";
import type { Locale, Role } from "../domain/constants";
import { mustSetUpMfa } from "../domain/mfa";
import { sessionExpired } from "./config";
import { sessionFromCookie } from "./session-cookie";

export const ACTIVE_ORGANISATION_COOKIE = "ik_gemeente";

export type Membership = {
  organisationId: number;
  organisationName: string;
  role: Role;
  partnerOrganisationId: number | null;
};

export type Viewer = {
  userId: number;
  name: string;
  email: string;
  locale: Locale;
  organisationId: number;
  organisationName: string;
  role: Role;
  partnerOrganisationId: number | null;
  memberships: Membership[];
};

export type Invitation = {
  memberId: number;
  organisationName: string;
  role: Role;
  partnerOrganisationName: string | null;
};

/**
 * The signed-in account, whatever its memberships: who they are, their active memberships and the invitations they
 * have not answered yet. Null without a valid session (expired, signed out elsewhere, password changed).
 */
export const getAccount = cache(async () => {
  const live = await liveSession();
  if (!live) return null;
  const { session, record } = live;
  // A gemeente of the person now requires single sign-on: a session that began with a password ends.
  if (record.passwordRefused && !session.sso) return null;
  // A beheerder (or anyone of a gemeente that asks it) who signed in with a password and has no authenticator app
  // yet gets no viewer: every page, query and action sends them to set it up first.
  return { ...record, mfaSetupPending: mustSetUpMfa({ signInMethod: session.signInMethod, ...record.mfa }) };
});

/** What this browser's session cookie says, once per request (lib/auth/session-cookie.ts). */
const cookieSession = cache(async () => sessionFromCookie(await headers()));

/** This browser's session and its account, while the server's record of the session still counts. */
const liveSession = cache(async () => {
  const session = await cookieSession();
  const userId = Number(session?.user?.id);
  if (!session || !Number.isInteger(userId) || userId <= 0 || sessionExpired(session.signedInAt)) return null;
  const record = loadViewerRecord(userId);
  if (!record || record.user.sessionVersion !== session.sessionVersion) return null;
  // Signed out, ended from another device, or idle too long: the server's record of the session decides.
  if (!sessionIsLive(session.sid, record.user)) return null;
  return { session, record };
});

/**
 * Whether this browser's session began with a password and ended because a gemeente of the person has required
 * single sign-on since: the sign-in page then says why.
 */
export async function endedBySsoRequirement(): Promise<boolean> {
  const live = await liveSession();
  return Boolean(live?.record.passwordRefused && !live.session.sso);
}

/** Whether this browser's session began through the gemeente's OpenID Connect provider. */
export async function signedInWithSso(): Promise<boolean> {
  return (await cookieSession())?.sso === true;
}

/** The id of this browser's session, to end it or tell it apart from the user's other sessions. */
export async function currentSessionToken(): Promise<string | undefined> {
  return (await cookieSession())?.sid;
}

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const record = await getAccount();
  if (!record || record.memberships.length === 0 || record.mfaSetupPending) return null;

  // The gemeente chosen in this browser, else the one the user worked in last, else the first by name.
  const chosen = Number((await cookies()).get(ACTIVE_ORGANISATION_COOKIE)?.value);
  const active =
    record.memberships.find((m) => m.organisationId === chosen) ??
    record.memberships.find((m) => m.organisationId === record.user.lastOrganisationId) ??
    record.memberships[0];
  if (!active) return null;

  return {
    userId: record.user.id,
    name: record.user.name,
    email: record.user.email,
    locale: record.user.locale,
    organisationId: active.organisationId,
    organisationName: active.organisationName,
    role: active.role,
    partnerOrganisationId: active.partnerOrganisationId,
    memberships: record.memberships,
  };
});

/** Where someone signed in who must set up an authenticator app first goes, whatever they asked for. */
export const MFA_SETUP_PATH = "/mfa-setup";

/**
 * For pages and actions: the signed-in viewer. Someone who must set up an authenticator app first goes to do so;
 * someone signed in with only invitations goes to answer them; anyone else without a viewer to the sign-in page.
 */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (viewer) return viewer;
  const account = await getAccount();
  if (account?.mfaSetupPending) redirect(MFA_SETUP_PATH);
  if (account && account.invitations.length > 0) redirect("/invitations");
  redirect("/login");
}
