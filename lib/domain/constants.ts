// Closed lists shared by the schema, the validation and the interface.
export const ROLES = ["beheerder", "programmamanager", "management", "teamlid", "partner"] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nl";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** Each language named in itself, for language choices. */
export const LANGUAGE_NAMES: Record<Locale, string> = { nl: "Nederlands", en: "English" };

export const ROADMAP_STATUSES = ["te_doen", "bezig", "klaar"] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

// Programmes and the impact-management cycle.
export const PROGRAMME_KINDS = ["pilot", "programma", "project"] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

export const PROGRAMME_STATUSES = ["concept", "lopend", "afgerond", "gestopt"] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** The phases of one round of the cycle, in order; after bijsturen a new round starts with definieren. */
export const CYCLE_PHASES = ["definieren", "onderzoeken", "leren", "bijsturen"] as const;
export type CyclePhase = (typeof CYCLE_PHASES)[number];

export const TOC_LEVELS = ["activiteit", "prestatie", "effect", "impact"] as const;
export type TocLevel = (typeof TOC_LEVELS)[number];

export const HYPOTHESIS_STATUSES = ["open", "ondersteund", "deels_ondersteund", "niet_ondersteund"] as const;
export type HypothesisStatus = (typeof HYPOTHESIS_STATUSES)[number];

export const CRITICALITIES = ["hoog", "midden", "laag"] as const;
export type Criticality = (typeof CRITICALITIES)[number];

export const ASSUMPTION_STATUSES = ["ongetoetst", "in_onderzoek", "bevestigd", "deels_bevestigd", "weerlegd"] as const;
export type AssumptionStatus = (typeof ASSUMPTION_STATUSES)[number];

export const INDICATOR_DIRECTIONS = ["hoger", "lager"] as const;
/** What an indicator counts; its bounds follow from it (a percentage lies between 0 and 100, a count is whole). */
export const INDICATOR_KINDS = ["aantal", "percentage", "bedrag", "score", "ja_nee"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const MEASUREMENT_FREQUENCIES = ["maandelijks", "per_kwartaal", "halfjaarlijks", "jaarlijks"] as const;
export type MeasurementFrequency = (typeof MEASUREMENT_FREQUENCIES)[number];

export const CONTRIBUTIONS = ["direct", "bijdrage", "context"] as const;
export type Contribution = (typeof CONTRIBUTIONS)[number];

export const INDICATOR_STATUSES = ["op_koers", "aandacht", "uit_koers", "geen_gegevens"] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

// Evidence and learning.
export const STUDY_METHODS = [
  "kwantitatief",
  "kwalitatief",
  "literatuur",
  "experiment",
  "data_analyse",
  "anders",
] as const;
export type StudyMethod = (typeof STUDY_METHODS)[number];

export const STUDY_STATUSES = ["gepland", "lopend", "afgerond"] as const;
export type StudyStatus = (typeof STUDY_STATUSES)[number];

/** How solid a study's conclusions are, from weakest to strongest. */
export const EVIDENCE_STRENGTHS = ["beschreven", "onderbouwd", "aanwijzingen", "sterke_aanwijzingen"] as const;
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];

export const VERDICTS = ["ondersteunt", "weerspreekt", "niet_eenduidig"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const LEARNING_APPROACHES = ["empirisch", "literatuur", "gesprekken"] as const;
export type LearningApproach = (typeof LEARNING_APPROACHES)[number];

export const LEARNING_QUESTION_STATUSES = ["open", "in_behandeling", "beantwoord", "vervallen"] as const;
export type LearningQuestionStatus = (typeof LEARNING_QUESTION_STATUSES)[number];

export const DECISION_LEVELS = ["team", "mt", "college", "raad"] as const;
export type DecisionLevel = (typeof DECISION_LEVELS)[number];

export const CORRECTION_STATUSES = ["voorgesteld", "besloten", "doorgevoerd", "afgewezen"] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

// Shared pages, reflection and lessons.
export const ACTION_ITEM_STATUSES = ["open", "klaar", "doorgeschoven"] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

// Notifications and e-mail.
/** What a notification is about. */
export const NOTIFICATION_KINDS = [
  "action_item_assigned",
  "correction_proposed",
  "correction_decided",
  "measurement_overdue",
  "action_item_overdue",
  "page_changed",
  "report_submitted",
  "report_sent_back",
  "report_approved",
  "report_reopened",
  "report_due",
  "report_overdue",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** off: in the app only; immediate: also an e-mail per notification; daily: also one e-mail a day with what is new. */
export const EMAIL_MODES = ["off", "immediate", "daily"] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

export const OUTBOX_STATUSES = ["wachtend", "verzonden", "mislukt"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
