// Who is asking, loaded fresh from the database once per request. A deactivated membership, a changed role or a
// bumped session version takes effect on the very next request, whatever the session cookie says.
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { ForbiddenError } from "@/db/errors";
import { loadViewerRecord } from "@/db/queries/viewer";
import type { Locale, Role } from "../domain/constants";
import { can, type Permission } from "../domain/permissions";
import { sessionExpired } from "./config";
import { auth } from "./index";

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

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const userId = Number(session?.user?.id);
  if (!session || !Number.isInteger(userId) || userId <= 0 || sessionExpired(session.signedInAt)) return null;

  const record = loadViewerRecord(userId);
  if (!record || record.user.sessionVersion !== session.sessionVersion) return null;
  if (record.memberships.length === 0) return null;

  const chosen = Number((await cookies()).get(ACTIVE_ORGANISATION_COOKIE)?.value);
  const active = record.memberships.find((m) => m.organisationId === chosen) ?? record.memberships[0];
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

/** For pages and actions: the signed-in viewer, or off to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}

/** The viewer, if their role in the active gemeente has this permission; otherwise ForbiddenError. */
export async function requirePermission(permission: Permission): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!can(viewer.role, permission)) throw new ForbiddenError(permission);
  return viewer;
}
