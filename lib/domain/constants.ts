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
