// The records of the read API as JSON Schema (OpenAPI 3.1): one object per collection, every field always present
// (null when empty). db/queries/api-read.ts produces them; a unit test holds the two to the same fields.

import { API_RESOURCES, type ApiResource } from "@/lib/domain/api-resources";
import {
  ASSUMPTION_STATUSES,
  CONTRIBUTIONS,
  CORRECTION_STATUSES,
  CRITICALITIES,
  CYCLE_PHASES,
  DECISION_LEVELS,
  EVIDENCE_STRENGTHS,
  INDICATOR_DIRECTIONS,
  INDICATOR_KINDS,
  MEASUREMENT_FREQUENCIES,
  PROGRAMME_KINDS,
  PROGRAMME_STATUSES,
  STUDY_METHODS,
  STUDY_STATUSES,
  VERDICTS,
} from "@/lib/domain/constants";
import { ROUTE_KEYS } from "@/lib/domain/scenarios";

type Schema = Record<string, unknown>;

const described = (schema: Schema, description?: string): Schema => (description ? { ...schema, description } : schema);
const id = (description?: string) => described({ type: "integer", minimum: 1 }, description);
const optionalId = (description?: string) => described({ type: ["integer", "null"], minimum: 1 }, description);
const text = (description?: string) => described({ type: "string" }, description);
const optionalText = (description?: string) => described({ type: ["string", "null"] }, description);
const whole = (description?: string) => described({ type: "integer" }, description);
const number = (description?: string) => described({ type: "number" }, description);
const optionalNumber = (description?: string) => described({ type: ["number", "null"] }, description);
const day = (description?: string) => described({ type: ["string", "null"], format: "date" }, description);
const moment = (description?: string) => described({ type: "string", format: "date-time" }, description);
const optionalMoment = (description?: string) =>
  described({ type: ["string", "null"], format: "date-time" }, description);
const choice = (values: readonly string[], description?: string) =>
  described({ type: "string", enum: [...values] }, description);
const optionalChoice = (values: readonly string[], description?: string) =>
  described({ type: ["string", "null"], enum: [...values, null] }, description);
const ids = (description: string): Schema => ({ type: "array", items: { type: "integer", minimum: 1 }, description });

const VERSION = whole("Versienummer van het record; stijgt bij elke wijziging.");
const CREATED = moment("Wanneer het record is gemaakt (UTC).");
const UPDATED = moment("Wanneer het record het laatst is gewijzigd (UTC).");
const MODIFIED = moment(
  "Moment van de laatste wijziging die de API kent, ook archiveren, terugzetten, corrigeren en intrekken. Hierop werkt changed_since.",
);
const ARCHIVE = {
  archived: { type: "boolean", description: "Gearchiveerd: telt in Impactkoers niet meer mee, maar is niet weg." },
  archived_at: optionalMoment("Wanneer het is gearchiveerd; null als het niet gearchiveerd is."),
  archive_reason: optionalText("Waarom het is gearchiveerd."),
};
const PROGRAMME_ID = id("Het programma waar het bij hoort.");
const PARTNER = optionalText(
  "De uitvoeringspartner die dit inbracht via een goedgekeurde rapportage; null als de gemeente het zelf vastlegde.",
);

function record(description: string, properties: Record<string, Schema>): Schema {
  return { type: "object", description, required: Object.keys(properties), properties };
}

export const RECORD_SCHEMAS: Record<ApiResource, Schema> = {
  programmes: record("Een pilot, programma of project.", {
    id: id(),
    name: text(),
    kind: choice(PROGRAMME_KINDS),
    societal_challenge: text("De maatschappelijke opgave."),
    route: optionalChoice(ROUTE_KEYS, "De route waar het programma bij hoort."),
    description: text(),
    owner_name: optionalText("De eigenaar."),
    start_date: day(),
    end_date: day(),
    budget_euro: optionalNumber("Budget in euro."),
    status: choice(PROGRAMME_STATUSES),
    round: whole("De ronde van de impactmanagementcyclus."),
    phase: choice(CYCLE_PHASES, "De fase van de cyclus."),
    version: VERSION,
    ...ARCHIVE,
    created_at: CREATED,
    updated_at: UPDATED,
    modified_at: MODIFIED,
  }),
  indicators: record("Een indicator van een programma. De metingen staan in /measurements.", {
    id: id(),
    programme_id: PROGRAMME_ID,
    name: text(),
    unit: text(),
    kind: choice(INDICATOR_KINDS),
    direction: choice(INDICATOR_DIRECTIONS, "Of hoger of lager beter is."),
    min_value: optionalNumber(),
    max_value: optionalNumber(),
    baseline_value: optionalNumber("Nulmeting."),
    baseline_date: day(),
    target_value: optionalNumber("Streefwaarde."),
    target_date: day(),
    source: text(),
    frequency: choice(MEASUREMENT_FREQUENCIES),
    contribution: choice(CONTRIBUTIONS, "Hoeveel van de verandering het programma mag claimen."),
    toc_element_id: optionalId("Het onderdeel van de verandertheorie dat de indicator laat zien."),
    hypothesis_id: optionalId(),
    version: VERSION,
    ...ARCHIVE,
    created_at: CREATED,
    updated_at: UPDATED,
    modified_at: MODIFIED,
  }),
  measurements: record(
    "Een meting van een indicator. Een ingetrokken meting telt niet meer mee en blijft in de lijst, gemarkeerd.",
    {
      id: id(),
      indicator_id: id(),
      programme_id: PROGRAMME_ID,
      measured_on: { type: "string", format: "date", description: "Peildatum." },
      value: number(),
      note: text(),
      partner_organisation: PARTNER,
      version: VERSION,
      withdrawn: { type: "boolean", description: "Ingetrokken: telt niet meer mee." },
      withdrawn_at: optionalMoment(),
      withdraw_reason: optionalText(),
      corrected_at: optionalMoment("Wanneer de meting het laatst is gecorrigeerd; null als dat nooit gebeurde."),
      created_at: CREATED,
      modified_at: MODIFIED,
    },
  ),
  assumptions: record("Een aanname onder een hypothese of verband van de verandertheorie.", {
    id: id(),
    programme_id: PROGRAMME_ID,
    statement: text(),
    hypothesis_id: optionalId(),
    toc_link_id: optionalId(),
    criticality: choice(CRITICALITIES),
    status: choice(ASSUMPTION_STATUSES),
    test_plan: text(),
    version: VERSION,
    ...ARCHIVE,
    created_at: CREATED,
    updated_at: UPDATED,
    modified_at: MODIFIED,
  }),
  studies: record("Een impactonderzoek. De bevindingen staan in /findings.", {
    id: id(),
    programme_id: PROGRAMME_ID,
    round: whole(),
    title: text(),
    research_question: text(),
    method: choice(STUDY_METHODS),
    start_date: day(),
    end_date: day(),
    status: choice(STUDY_STATUSES),
    owner_name: optionalText(),
    summary: text(),
    evidence_strength: optionalChoice(EVIDENCE_STRENGTHS, "Bewijskracht."),
    partner_organisation: optionalText(
      "De uitvoeringspartner van wie dit onderzoek de bevindingen uit goedgekeurde rapportages bundelt; anders null.",
    ),
    version: VERSION,
    ...ARCHIVE,
    created_at: CREATED,
    updated_at: UPDATED,
    modified_at: MODIFIED,
  }),
  findings: record("Een bevinding van een onderzoek, met wat zij zegt over hypothesen en aannames.", {
    id: id(),
    programme_id: PROGRAMME_ID,
    study_id: id(),
    round: whole(),
    title: text(),
    description: text(),
    interpretation: text("Duiding."),
    links: {
      type: "array",
      items: {
        type: "object",
        required: ["hypothesis_id", "assumption_id", "verdict"],
        properties: { hypothesis_id: optionalId(), assumption_id: optionalId(), verdict: choice(VERDICTS) },
      },
    },
    partner_organisation: PARTNER,
    version: VERSION,
    ...ARCHIVE,
    created_at: CREATED,
    updated_at: UPDATED,
    modified_at: MODIFIED,
  }),
  "course-corrections": record("Een bijsturing, met het bewijs waarop zij rust.", {
    id: id(),
    programme_id: PROGRAMME_ID,
    round: whole(),
    title: text(),
    what_changes: text(),
    why: text(),
    decision_level: choice(DECISION_LEVELS),
    status: choice(CORRECTION_STATUSES),
    rejection_reason: text(),
    toc_version_before_id: optionalId(),
    toc_version_after_id: optionalId(),
    finding_ids: ids("Bevindingen die de reden zijn."),
    indicator_ids: ids("Indicatoren die de reden zijn."),
    learning_question_ids: ids("Leervragen die de reden zijn."),
    lesson_ids: ids("Lessen die de reden zijn."),
    version: VERSION,
    created_at: CREATED,
    updated_at: UPDATED,
    modified_at: MODIFIED,
  }),
  lessons: record("Een geleerde les, van een programma of van de hele gemeente.", {
    id: id(),
    programme_id: optionalId("null voor een les van de hele gemeente."),
    session_id: optionalId("De reflectiesessie waaruit de les kwam."),
    finding_id: optionalId(),
    title: text(),
    body: text(),
    context: text(),
    tags: { type: "array", items: { type: "string" } },
    partner_organisation: PARTNER,
    ...ARCHIVE,
    created_at: CREATED,
    updated_at: UPDATED,
    modified_at: MODIFIED,
  }),
  deletions: record(
    "Een record dat kort na het maken als vergissing is verwijderd. Verwijder het ook uit uw eigen kopie.",
    {
      id: id("Volgnummer van de verwijdering."),
      resource: choice(
        API_RESOURCES.filter((resource) =>
          ["programmes", "indicators", "assumptions", "studies", "lessons"].includes(resource),
        ),
        "De lijst waar het record in stond.",
      ),
      record_id: id("Het id van het verwijderde record."),
      deleted_at: moment(),
      modified_at: MODIFIED,
    },
  ),
};
