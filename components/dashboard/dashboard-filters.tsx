"use client";
// A client component for its size, not for interaction: drawn from its texts and options, the form goes to the
// browser once as HTML and once as this data, instead of twice as markup.
import { buttonClass } from "@/components/ui/button";
import { type Option, SelectField, TextField } from "@/components/ui/field";
import Link from "@/components/ui/link";
import type { FormState } from "@/lib/validation/form";
import type { FilterTexts } from "./filter-texts";

/** A plain GET form: the filters end up in the URL, so a filtered dashboard can be bookmarked and shared. */
export function DashboardFilters({
  texts,
  state,
  routes,
  statuses,
  owners,
}: {
  texts: FilterTexts;
  state: FormState;
  routes: Option[];
  statuses: Option[];
  owners: Option[];
}) {
  const t = (key: keyof FilterTexts) => texts[key];
  return (
    <form method="get" action="/dashboard" className="mb-6 rounded-ik bg-surface p-4">
      <fieldset>
        <legend className="mb-3 text-lg font-semibold">{t("title")}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            name="route"
            label={t("route")}
            optional
            options={routes}
            placeholder={t("allRoutes")}
            state={state}
          />
          <SelectField
            name="status"
            label={t("status")}
            optional
            options={statuses}
            placeholder={t("allStatuses")}
            state={state}
          />
          <SelectField
            name="owner"
            label={t("owner")}
            optional
            options={owners}
            placeholder={t("everyone")}
            state={state}
          />
        </div>
        <fieldset aria-describedby="period-hint" className="mt-4">
          <legend className="font-semibold">{t("period")}</legend>
          <p id="period-hint" className="text-sm text-muted">
            {t("periodHint")}
          </p>
          <div className="mt-2 grid gap-4 sm:grid-cols-3">
            <TextField name="from" type="date" label={t("from")} optional state={state} />
            <TextField name="to" type="date" label={t("to")} optional state={state} />
          </div>
        </fieldset>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClass("primary")}>
            {t("apply")}
          </button>
          <Link href="/dashboard" className="inline-flex min-h-11 items-center">
            {t("reset")}
          </Link>
        </div>
      </fieldset>
    </form>
  );
}
