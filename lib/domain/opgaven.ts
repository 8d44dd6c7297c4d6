// Route 2, strategische start: the words of the opgaven register and of strategic sessions.

/** gepland: planned; gehouden: held, outcomes being recorded; verwerkt: the outcomes are in the register. */
export const STRATEGIC_SESSION_STATUSES = ["gepland", "gehouden", "verwerkt"] as const;
export type StrategicSessionStatus = (typeof STRATEGIC_SESSION_STATUSES)[number];

/** A possible solution, or a strategy for the change itself (how to get there). */
export const IDEA_KINDS = ["oplossing", "veranderstrategie"] as const;
export type IdeaKind = (typeof IDEA_KINDS)[number];
