// The world of the partner-reporting tests, added to the demo data: a second partner organisation with a user of
// its own, a programme both partners take part in (owned by the programme manager, with the teamlid on its team),
// and a programme of the adviser that only Stichting Buurtkracht takes part in.
import { eq } from "drizzle-orm";
import type { AppDatabase } from "../client";
import { addAssumption, addIndicator, createProgramme } from "../fixtures";
import { memberships, organisations, partnerOrganisations, users } from "../schema";

export const SECOND_PARTNER = "Stichting Welzijn West";
export const SECOND_PARTNER_USER = "partner@welzijnwest.example";

/** Adds the second partner organisation and its user, once. */
export function addSecondPartner(db: AppDatabase) {
  const voorbeeld = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, "voorbeeld"))
    .get()?.id;
  if (!voorbeeld) throw new Error("no demo gemeente");
  const partner = db
    .insert(partnerOrganisations)
    .values({ organisationId: voorbeeld, name: SECOND_PARTNER, description: "Welzijnswerk in West." })
    .returning({ id: partnerOrganisations.id })
    .get();
  const user = db
    .insert(users)
    .values({ email: SECOND_PARTNER_USER, name: "Noor Bakker", passwordHash: "niet-om-in-te-loggen" })
    .returning({ id: users.id })
    .get();
  db.insert(memberships)
    .values({
      userId: user.id,
      organisationId: voorbeeld,
      role: "partner",
      partnerOrganisationId: partner.id,
      acceptedAt: new Date(),
    })
    .run();
  return partner.id;
}

/** A fresh pair of programmes; every test gets its own, so their reports do not meet. */
export function reportingWorld(db: AppDatabase) {
  const suffix = Math.random().toString(36).slice(2);
  const programme = createProgramme(db, {
    gemeente: "Gemeente Voorbeeld",
    name: `Rapportage ${suffix}`,
    societalChallenge: "Eenzaamheid.",
    owner: "manager@voorbeeld.example",
    team: ["team@voorbeeld.example"],
    partners: ["Stichting Buurtkracht", SECOND_PARTNER],
    startDate: "2026-01-01",
    endDate: "2027-12-31",
  });
  const indicator = (name: string, target = programme) =>
    addIndicator(db, target, {
      name,
      unit: "deelnemers",
      baseline: { value: 20, date: "2026-01-01" },
      target: { value: 60, date: "2026-12-31" },
    }).id;
  const elsewhere = createProgramme(db, {
    gemeente: "Gemeente Voorbeeld",
    name: `Elders ${suffix}`,
    societalChallenge: "Armoede.",
    owner: "adviseur@voorbeeld.example",
    team: [],
    partners: ["Stichting Buurtkracht"],
    startDate: "2026-01-01",
    endDate: "2027-12-31",
  });
  return {
    programmeId: programme.id,
    participants: indicator("Deelnemers"),
    volunteers: indicator("Vrijwilligers"),
    assumptionId: addAssumption(db, programme, {
      statement: "Bewoners komen als de activiteit in hun eigen buurt is",
      criticality: "hoog",
    }).id,
    elsewhereId: elsewhere.id,
    elsewhereIndicator: indicator("Huishoudens geholpen", elsewhere),
  };
}
