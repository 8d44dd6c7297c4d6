// The dashboard's filters as they arrive in the URL. A filter that does not hold gets an error beside its field and
// is left out, so the rest of the dashboard still shows; the period then falls back to its default part.
import { z } from "zod";
import { PROGRAMME_STATUSES } from "../domain/constants";
import { type DashboardFilters, defaultPeriod, type Period } from "../domain/dashboard";
import { ROUTE_KEYS } from "../domain/scenarios";
import { parseDay } from "../domain/time";
import { evenWhenOtherFieldsFail } from "./fields";
import { type FormValues, parseForm } from "./form";

export const DASHBOARD_FILTER_FIELDS = ["route", "status", "owner", "from", "to"] as const;

const day = z
  .string()
  .trim()
  .optional()
  .refine((value) => !value || parseDay(value), { error: "date" });

export const dashboardFilterSchema = z
  .object({
    route: z.union([z.literal("geen"), z.enum(ROUTE_KEYS)], { error: "invalid" }).optional(),
    status: z.enum(PROGRAMME_STATUSES, { error: "invalid" }).optional(),
    owner: z
      .string()
      .regex(/^[1-9]\d{0,9}$/, { error: "invalid" })
      .transform(Number)
      .optional(),
    from: day,
    to: day,
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && parseDay(value.from) && parseDay(value.to) && value.from > value.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "dateOrder" });
    }
  }, evenWhenOtherFieldsFail);

export type DashboardSearch = Record<string, string | string[] | undefined>;

export type ParsedDashboardFilters = {
  filters: DashboardFilters;
  period: Period;
  /** Message keys of the "validation" messages, per field. */
  fieldErrors: Record<string, string[]>;
  /** What to show in the form: the submitted values, or the default period when none was given. */
  values: FormValues;
};

function formDataOf(search: DashboardSearch, skip: ReadonlySet<string> = new Set()) {
  const data = new FormData();
  for (const key of DASHBOARD_FILTER_FIELDS) {
    const value = search[key];
    if (typeof value === "string" && value.trim() !== "" && !skip.has(key)) data.append(key, value);
  }
  return data;
}

/** Reads the filters; a field in error is dropped (its default applies) and named in fieldErrors. */
export function parseDashboardFilters(search: DashboardSearch, today: string): ParsedDashboardFilters {
  const fieldErrors: Record<string, string[]> = {};
  let parsed = parseForm(dashboardFilterSchema, formDataOf(search));
  // Each round leaves out the fields in error; at most one round per field, as every round drops at least one.
  for (let round = 0; !parsed.success && round < DASHBOARD_FILTER_FIELDS.length; round += 1) {
    Object.assign(fieldErrors, parsed.fieldErrors);
    parsed = parseForm(dashboardFilterSchema, formDataOf(search, new Set(Object.keys(fieldErrors))));
  }
  const data = parsed.success ? parsed.data : {};
  const fallback = defaultPeriod(today);
  // Only a start: up to today (or the start itself when it lies ahead). Only an end: the 90 days before it.
  const from = data.from ?? (data.to ? defaultPeriod(data.to).from : fallback.from);
  const to = data.to ?? (data.from && data.from > today ? data.from : fallback.to);

  const values: FormValues = { from, to };
  for (const key of DASHBOARD_FILTER_FIELDS) {
    const value = search[key];
    if (typeof value === "string" && value !== "") values[key] = value;
  }
  return {
    filters: { route: data.route, status: data.status, ownerId: data.owner },
    period: { from, to },
    fieldErrors,
    values,
  };
}
