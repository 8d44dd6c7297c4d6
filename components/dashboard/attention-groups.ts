// The groups of reasons of "Aandacht nodig", apart from the client component that draws them, so that the server
// can use the list itself (from a client module it would only get a reference).

/** The groups of reasons, in the order the list shows them; each links to exactly its items. */
export const ATTENTION_GROUPS = [
  "uit_koers",
  "refuted",
  "overdueMeasurements",
  "overdueActions",
  "overdueQuestions",
  "aandacht",
  "criticalUntested",
  "waiting",
  "decided",
] as const;
export type AttentionGroupKey = (typeof ATTENTION_GROUPS)[number];
