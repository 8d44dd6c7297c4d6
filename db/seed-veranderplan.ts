// Demo route 2, step 3: the veranderplan for the opgave ranked first in the demo session (loneliness among older
// residents in Oost), written with Stichting Buurtkracht and Taalhuis Voorbeeld, with milestones for three years and
// two agreed effects on indicators of the pilot "Samen minder eenzaam in Oost".
import { and, eq } from "drizzle-orm";
import { recordAudit } from "./audit";
import type { AppDatabase } from "./client";
import {
  agreedEffects,
  changePlanMilestones,
  changePlanPartners,
  changePlans,
  indicators,
  opgaven,
  programmes,
} from "./schema";

type Tx = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];
type People = { manager: number; management: number; partnerOrganisation: number; secondPartnerOrganisation: number };

export const DEMO_EFFECTS = {
  loneliness: "Minder deelnemers in Oost voelen zich vaak eenzaam",
  meeting: "Meer ouderen in Oost komen naar ontmoetingsactiviteiten",
} as const;

/** "YYYY-MM-DD", days from now. */
const dayFromNow = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

export function seedVeranderplan(tx: Tx, organisationId: number, pilotName: string, people: People) {
  const opgave = tx
    .select({ id: opgaven.id, title: opgaven.title })
    .from(opgaven)
    .where(and(eq(opgaven.organisationId, organisationId), eq(opgaven.rank, 1)))
    .get();
  if (!opgave || !people.manager) return;
  const present = tx.select({ id: changePlans.id }).from(changePlans).where(eq(changePlans.opgaveId, opgave.id)).get();
  if (present) return;
  const base = { organisationId };
  const thisYear = new Date().getUTCFullYear();
  const planId = tx
    .insert(changePlans)
    .values({
      ...base,
      opgaveId: opgave.id,
      change:
        "Over drie jaar voelen minder ouderen in Oost zich eenzaam. Wie alleen woont, krijgt bezoek van een buurtcoach. Ouderen weten waar ze elkaar kunnen ontmoeten. Huisartsen en de wijkverpleging sturen ouderen door naar Buurtkracht.",
      strategies:
        "Buurtcoaches bezoeken alleenwonende 75-plussers thuis.\nHuisartsen en wijkverpleging verwijzen door naar Buurtkracht.\nHet Taalhuis helpt oudere nieuwkomers om mee te doen.",
      createdById: people.manager,
    })
    .returning({ id: changePlans.id })
    .get().id;
  for (const partnerOrganisationId of [people.partnerOrganisation, people.secondPartnerOrganisation]) {
    if (partnerOrganisationId) {
      tx.insert(changePlanPartners)
        .values({ ...base, changePlanId: planId, partnerOrganisationId })
        .run();
    }
  }
  const milestones = [
    { year: thisYear + 1, description: "In heel Oost werken drie buurtcoaches.", ownerId: people.manager },
    {
      year: thisYear + 2,
      description: "Alle huisartsen in Oost verwijzen eenzame ouderen door naar Buurtkracht.",
      ownerId: people.manager,
    },
    {
      year: thisYear + 3,
      description: "Elke wijk in Oost heeft een vaste plek om elkaar te ontmoeten.",
      ownerId: people.management || people.manager,
    },
  ];
  for (const milestone of milestones) {
    tx.insert(changePlanMilestones)
      .values({ ...base, ...milestone, changePlanId: planId })
      .run();
  }
  recordAudit(tx, {
    organisationId,
    actorId: people.manager,
    action: "change_plan.created",
    entityType: "change_plan",
    entityId: planId,
    summary: opgave.title,
  });

  const indicator = (name: string) =>
    tx
      .select({ id: indicators.id })
      .from(indicators)
      .innerJoin(programmes, eq(programmes.id, indicators.programmeId))
      .where(
        and(eq(indicators.organisationId, organisationId), eq(programmes.name, pilotName), eq(indicators.name, name)),
      )
      .get()?.id;
  const effects = [
    {
      indicatorId: indicator("Aandeel deelnemers dat zich vaak eenzaam voelt"),
      description: DEMO_EFFECTS.loneliness,
      baselineValue: 48,
      targetValue: 35,
    },
    {
      indicatorId: indicator("Aantal deelnemers aan ontmoetingsactiviteiten"),
      description: DEMO_EFFECTS.meeting,
      baselineValue: 12,
      targetValue: 60,
    },
  ];
  for (const effect of effects) {
    if (!effect.indicatorId) continue;
    const id = tx
      .insert(agreedEffects)
      .values({
        ...base,
        ...effect,
        indicatorId: effect.indicatorId,
        opgaveId: opgave.id,
        baselineDate: dayFromNow(-240),
        targetDate: `${thisYear + 3}-12-31`,
        createdById: people.manager,
      })
      .returning({ id: agreedEffects.id })
      .get().id;
    recordAudit(tx, {
      organisationId,
      actorId: people.manager,
      action: "agreed_effect.created",
      entityType: "agreed_effect",
      entityId: id,
      summary: `${opgave.title}: ${effect.description}`,
    });
  }
}
