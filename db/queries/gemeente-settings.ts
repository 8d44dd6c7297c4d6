// The gemeente's own look and helpdesk (/admin/gemeente): the colour the theme is made from, the logo in the header
// and on the report, and who members turn to with a question (the contact page). Every member reads them; the
// beheerder changes them, each change audited in its own transaction.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { meetsContrastWithWhite } from "@/lib/domain/contrast";
import type { BrandColourInput, HelpdeskInput } from "@/lib/validation/gemeente";
import type { Reader } from "../access";
import { preparedOnce } from "../client";
import { NotFoundError } from "../errors";
import { organisationLogos, organisations } from "../schema";
import { guard, write } from "../write";
import { ok, refuse } from "./result";
import { nextVersion, type Versioned, versionConflict } from "./versions";

const HELPDESK_ACTIONS = ["organisation.helpdesk_updated"] as const;
const COLOUR_ACTIONS = ["organisation.colour_changed"] as const;

function settingsOf(db: Reader, organisationId: number) {
  const row = db
    .select({
      name: organisations.name,
      brandColour: organisations.brandColour,
      helpdeskName: organisations.helpdeskName,
      helpdeskEmail: organisations.helpdeskEmail,
      helpdeskPhone: organisations.helpdeskPhone,
      helpdeskHours: organisations.helpdeskHours,
      version: organisations.version,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!row) throw new NotFoundError("organisation");
  return row;
}

/** The logo's size and stamp (the moment it was uploaded, which also makes its address change with it). */
function logoOf(db: Reader, organisationId: number) {
  const row = db
    .select({ width: organisationLogos.width, height: organisationLogos.height, at: organisationLogos.updatedAt })
    .from(organisationLogos)
    .where(eq(organisationLogos.organisationId, organisationId))
    .get();
  return row ? { width: row.width, height: row.height, stamp: row.at.getTime() } : null;
}

export type GemeenteLook = {
  organisationName: string;
  /** #rrggbb, or null for Impactkoers's own colours. */
  brandColour: string | null;
  logo: { width: number; height: number; stamp: number } | null;
};

// One statement, built once per connection (db/client.ts preparedOnce): every page's header reads it.
const lookOf = preparedOnce((db: Reader) =>
  db
    .select({
      name: organisations.name,
      brandColour: organisations.brandColour,
      logoWidth: organisationLogos.width,
      logoHeight: organisationLogos.height,
      logoAt: organisationLogos.updatedAt,
    })
    .from(organisations)
    .leftJoin(organisationLogos, eq(organisationLogos.organisationId, organisations.id))
    .where(eq(organisations.id, sql.placeholder("organisationId")))
    .prepare(),
);

/** The viewer's gemeente's name, colour and logo: for the header, the theme and the report's cover. */
export async function getGemeenteLook(): Promise<GemeenteLook> {
  const { viewer, db } = await guard("gemeente.read");
  const row = lookOf(db).get({ organisationId: viewer.organisationId });
  if (!row) throw new NotFoundError("organisation");
  // A colour saved before the rule, or written around the form, is not shown if it fails the contrast.
  const colour = row.brandColour && meetsContrastWithWhite(row.brandColour) ? row.brandColour : null;
  const logo =
    row.logoWidth !== null && row.logoHeight !== null && row.logoAt !== null
      ? { width: row.logoWidth, height: row.logoHeight, stamp: row.logoAt.getTime() }
      : null;
  return { organisationName: row.name, brandColour: colour, logo };
}

/** The viewer's gemeente's logo as the PNG the server made, or null when it has none. */
export async function getLogoPng() {
  const { viewer, db } = await guard("gemeente.read");
  const row = db
    .select({ png: organisationLogos.png, at: organisationLogos.updatedAt })
    .from(organisationLogos)
    .where(eq(organisationLogos.organisationId, viewer.organisationId))
    .get();
  return row ? { png: row.png, stamp: row.at.getTime() } : null;
}

/** Who members of the viewer's gemeente turn to with a question. */
export async function getHelpdesk() {
  const { viewer, db } = await guard("gemeente.read");
  const { name, helpdeskName, helpdeskEmail, helpdeskPhone, helpdeskHours } = settingsOf(db, viewer.organisationId);
  return {
    organisationName: name,
    name: helpdeskName,
    email: helpdeskEmail,
    phone: helpdeskPhone,
    hours: helpdeskHours,
  };
}

/** Everything the beheerder's page shows and edits, with the version its forms send back. */
export async function getGemeenteSettings() {
  const { viewer, db } = await guard("gemeente.manage");
  return { ...settingsOf(db, viewer.organisationId), logo: logoOf(db, viewer.organisationId) };
}

const helpdeskShape = (values: Omit<HelpdeskInput, "version">) => ({
  helpdeskName: values.helpdeskName,
  helpdeskEmail: values.helpdeskEmail,
  helpdeskPhone: values.helpdeskPhone,
  helpdeskHours: values.helpdeskHours,
});

/** Saves the helpdesk's name, e-mail address, phone number and opening hours. */
export function setHelpdesk(input: HelpdeskInput): Promise<Versioned<{ changed: boolean }>> {
  return write(
    { permission: "gemeente.manage", target: null, record: { type: "organisation" } },
    (scope): Versioned<{ changed: boolean }> => {
      const { tx, viewer, audit } = scope;
      const saved = settingsOf(tx, viewer.organisationId);
      const before = helpdeskShape(saved);
      const after = helpdeskShape(input);
      const conflict = versionConflict(
        scope,
        { entityType: "organisation", entityId: viewer.organisationId, actions: HELPDESK_ACTIONS },
        { submitted: input.version, current: saved.version, mine: after, saved: before },
      );
      if (conflict) return conflict;
      if (JSON.stringify(before) === JSON.stringify(after)) return ok({ changed: false });
      tx.update(organisations)
        .set({ ...after, version: nextVersion(organisations.version) })
        .where(eq(organisations.id, viewer.organisationId))
        .run();
      audit({
        action: "organisation.helpdesk_updated",
        entityType: "organisation",
        entityId: viewer.organisationId,
        summary: viewer.organisationName,
        before,
        after,
      });
      return ok({ changed: true });
    },
  );
}

/** Sets the gemeente's colour, or (null) goes back to Impactkoers's own. A colour without enough contrast is refused. */
export function setBrandColour(input: BrandColourInput): Promise<Versioned<{ changed: boolean }>> {
  return write(
    { permission: "gemeente.manage", target: null, record: { type: "organisation" } },
    (scope): Versioned<{ changed: boolean }> => {
      const { tx, viewer, audit } = scope;
      const saved = settingsOf(tx, viewer.organisationId);
      const conflict = versionConflict(
        scope,
        { entityType: "organisation", entityId: viewer.organisationId, actions: COLOUR_ACTIONS },
        {
          submitted: input.version,
          current: saved.version,
          mine: { brandColour: input.brandColour ?? "" },
          saved: { brandColour: saved.brandColour ?? "" },
        },
      );
      if (conflict) return conflict;
      if (input.brandColour && !meetsContrastWithWhite(input.brandColour))
        return refuse("colourContrast", "brandColour");
      if (saved.brandColour === input.brandColour) return ok({ changed: false });
      tx.update(organisations)
        .set({ brandColour: input.brandColour, version: nextVersion(organisations.version) })
        .where(eq(organisations.id, viewer.organisationId))
        .run();
      audit({
        action: "organisation.colour_changed",
        entityType: "organisation",
        entityId: viewer.organisationId,
        summary: viewer.organisationName,
        before: { brandColour: saved.brandColour },
        after: { brandColour: input.brandColour },
      });
      return ok({ changed: true });
    },
  );
}

/**
 * Refused when the logo changed after the form was opened (`logoStamp`, null when it showed none): another
 * beheerder's logo is not replaced or removed unseen.
 */
function logoChangedMeanwhile(db: Reader, organisationId: number, logoStamp: number | null) {
  const current = logoOf(db, organisationId)?.stamp ?? null;
  return current !== logoStamp ? refuse("logoChangedMeanwhile", "logo") : null;
}

/** Stores the PNG the server made of the upload (lib/server/logo-image.ts) as the gemeente's logo. */
export function setLogo(input: {
  png: Buffer;
  width: number;
  height: number;
  logoStamp: number | null;
}): Promise<Versioned<{ stamp: number }>> {
  return write(
    { permission: "gemeente.manage", target: null, record: { type: "organisation" } },
    ({ tx, viewer, audit }): Versioned<{ stamp: number }> => {
      const changed = logoChangedMeanwhile(tx, viewer.organisationId, input.logoStamp);
      if (changed) return changed;
      // A new stamp, later than the one replaced even within the same millisecond: the address of the image changes.
      const updatedAt = new Date(Math.max(Date.now(), (input.logoStamp ?? 0) + 1));
      const values = { png: input.png, width: input.width, height: input.height, updatedAt };
      tx.insert(organisationLogos)
        .values({ organisationId: viewer.organisationId, ...values })
        .onConflictDoUpdate({ target: organisationLogos.organisationId, set: values })
        .run();
      audit({
        action: "organisation.logo_changed",
        entityType: "organisation",
        entityId: viewer.organisationId,
        summary: viewer.organisationName,
        after: { width: input.width, height: input.height, bytes: input.png.byteLength },
      });
      return ok({ stamp: updatedAt.getTime() });
    },
  );
}

/** Removes the gemeente's logo: the header shows only the name again. */
export function removeLogo(input: { logoStamp: number | null }): Promise<Versioned<{ changed: boolean }>> {
  return write(
    { permission: "gemeente.manage", target: null, record: { type: "organisation" } },
    ({ tx, viewer, audit }): Versioned<{ changed: boolean }> => {
      const changed = logoChangedMeanwhile(tx, viewer.organisationId, input.logoStamp);
      if (changed) return changed;
      if (input.logoStamp === null) return ok({ changed: false });
      tx.delete(organisationLogos).where(eq(organisationLogos.organisationId, viewer.organisationId)).run();
      audit({
        action: "organisation.logo_removed",
        entityType: "organisation",
        entityId: viewer.organisationId,
        summary: viewer.organisationName,
      });
      return ok({ changed: true });
    },
  );
}
