// The gemeente's security settings on /admin/security. For now one: whether its members must sign in through the
// installation's OpenID Connect provider (SSO) instead of with a password (db/queries/sso-requirement.ts).
import "server-only";
import { eq } from "drizzle-orm";
import { ssoConfigured } from "@/lib/auth/sso-config";
import type { SsoRequirementInput } from "@/lib/validation/security";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { organisations } from "../schema";
import { guard, write } from "../write";
import { ok, refuse } from "./result";
import { nextVersion, type Versioned, versionConflict } from "./versions";

const SSO_ACTIONS = ["organisation.sso_required", "organisation.sso_optional"] as const;

function settingsOf(db: Reader, organisationId: number) {
  const row = db
    .select({ requireSso: organisations.requireSso, version: organisations.version })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!row) throw new NotFoundError("organisation");
  return row;
}

/** The setting as the form shows it, and whether SSO is configured at all (else it cannot be switched on). */
export async function getSsoRequirement() {
  const { viewer, db } = await guard("security.manage");
  return { ...settingsOf(db, viewer.organisationId), ssoConfigured: ssoConfigured() };
}

/**
 * Requires SSO of the viewer's gemeente, or stops requiring it. Switching it on needs SSO to be configured in the
 * environment, and a beheerder who signed in through it (`session.viaSso`): so it is known to work for the gemeente
 * before passwords stop, and the beheerder's own session, which would end with it, does not. Refused like every edit
 * when another beheerder changed it after the page was opened.
 */
export function setSsoRequired(
  { requireSso, version }: SsoRequirementInput,
  session: { viaSso: boolean },
): Promise<Versioned<{ changed: boolean }>> {
  return write(
    { permission: "security.manage", target: null, record: { type: "organisation" } },
    (scope): Versioned<{ changed: boolean }> => {
      const { tx, viewer, audit } = scope;
      const saved = settingsOf(tx, viewer.organisationId);
      const conflict = versionConflict(
        scope,
        { entityType: "organisation", entityId: viewer.organisationId, actions: SSO_ACTIONS },
        {
          submitted: version,
          current: saved.version,
          mine: { requireSso: String(requireSso) },
          saved: { requireSso: String(saved.requireSso) },
        },
      );
      if (conflict) return conflict;
      if (saved.requireSso === requireSso) return ok({ changed: false });
      if (requireSso && !ssoConfigured()) return refuse("ssoNotConfigured", "requireSso");
      if (requireSso && !session.viaSso) return refuse("ssoSignInFirst", "requireSso");
      tx.update(organisations)
        .set({ requireSso, version: nextVersion(organisations.version) })
        .where(eq(organisations.id, viewer.organisationId))
        .run();
      audit({
        action: requireSso ? "organisation.sso_required" : "organisation.sso_optional",
        entityType: "organisation",
        entityId: viewer.organisationId,
        summary: viewer.organisationName,
        before: { requireSso: saved.requireSso },
        after: { requireSso },
      });
      return ok({ changed: true });
    },
  );
}
