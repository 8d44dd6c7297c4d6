// The texts of the dashboard's filters (dashboard.filters): looked up by the page, drawn by DashboardFilters. Apart
// from that client component, since the page needs the list itself and a client module only lends it its components.
/** The texts of the filters (dashboard.filters), in the viewer's language. */
export type FilterTexts = Record<(typeof FILTER_TEXTS)[number], string>;
export const FILTER_TEXTS = [
  "title",
  "route",
  "allRoutes",
  "status",
  "allStatuses",
  "owner",
  "everyone",
  "period",
  "periodHint",
  "from",
  "to",
  "apply",
  "reset",
] as const;
