// The gemeente's setting for the second step: whether everyone who signs in with a password must use an
// authenticator app, or only the beheerders (who always must). Set by the beheerder on the Beveiliging page.
import "server-only";
import { and, count, eq, isNotNull } from "drizzle-orm";
import type { MfaSettingInput } from "@/lib/validation/mfa";
import { memberships, organisations, userTotp } from "../schema";
import { guard, write } from "../write";
import { ok, refuse } from "./result";
import { nextVersion, type Versioned, versionConflict } from "./versions";

const asForm = (required: boolean) => ({ mfaRequired: required ? "iedereen" : "beheerders" });

/** The setting, its version, and how many of the gemeente's active people have an app. */
export async function getMfaSetting() {
  const { viewer, db } = await guard("security.manage");
  const organisation = db
    .select({ required: organisations.mfaRequired, version: organisations.mfaRequiredVersion })
    .from(organisations)
    .where(eq(organisations.id, viewer.organisationId))
    .get();
  const people = db
    .select({ total: count(), enabled: count(userTotp.confirmedAt) })
    .from(memberships)
    .leftJoin(userTotp, eq(userTotp.userId, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, viewer.organisationId),
        eq(memberships.active, true),
        isNotNull(memberships.acceptedAt),
      ),
    )
    .get();
  return {
    required: organisation?.required ?? false,
    version: organisation?.version ?? 1,
    enabled: people?.enabled ?? 0,
    total: people?.total ?? 0,
  };
}

/**
 * Requires the app of everyone, or only of the beheerders. From the next request on, whoever signed in with a
 * password and has no app is sent to set one up. Refused like any edit when another beheerder changed the setting
 * after the page was opened.
 */
export function setMfaRequired({ version, mfaRequired }: MfaSettingInput): Promise<Versioned> {
  return write(
    { permission: "security.manage", target: null, record: { type: "organisation" } },
    (scope): Versioned => {
      const { tx, viewer, audit } = scope;
      const saved = tx
        .select({ required: organisations.mfaRequired, version: organisations.mfaRequiredVersion })
        .from(organisations)
        .where(eq(organisations.id, viewer.organisationId))
        .get();
      if (!saved) return refuse("notFound");
      const conflict = versionConflict(
        scope,
        { entityType: "organisation", entityId: viewer.organisationId, actions: ["organisation.mfa_required_changed"] },
        { submitted: version, current: saved.version, mine: asForm(mfaRequired), saved: asForm(saved.required) },
      );
      if (conflict) return conflict;
      if (saved.required === mfaRequired) return ok(undefined);
      tx.update(organisations)
        .set({ mfaRequired, mfaRequiredVersion: nextVersion(organisations.mfaRequiredVersion) })
        .where(eq(organisations.id, viewer.organisationId))
        .run();
      audit({
        action: "organisation.mfa_required_changed",
        entityType: "organisation",
        entityId: viewer.organisationId,
        summary: viewer.organisationName,
        before: { mfaRequired: saved.required },
        after: { mfaRequired },
      });
      return ok(undefined);
    },
  );
}
