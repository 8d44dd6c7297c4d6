import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import Link from "@/components/ui/link";
import type { FormState } from "@/lib/validation/form";

/** A plain GET form: filters end up in the URL, so a filtered view can be bookmarked and shared. */
export function ActivityFilters({
  state,
  actors,
  actions,
}: {
  state: FormState;
  actors: { id: number; name: string }[];
  actions: { value: string; label: string }[];
}) {
  const t = useTranslations("admin.activity");
  return (
    <form method="get" action="/admin/activity" className="mb-6 rounded-ik bg-surface p-4">
      <fieldset>
        <legend className="mb-3 text-lg font-semibold">{t("filters")}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <SelectField
            name="actor"
            label={t("who")}
            optional
            options={actors.map((a) => ({ value: String(a.id), label: a.name }))}
            placeholder={t("everyone")}
            state={state}
          />
          <SelectField
            name="action"
            label={t("what")}
            optional
            options={actions}
            placeholder={t("everything")}
            state={state}
          />
          <TextField name="from" type="date" label={t("from")} optional state={state} />
          <TextField name="to" type="date" label={t("to")} optional state={state} />
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClass("primary")}>
            {t("apply")}
          </button>
          <Link href="/admin/activity">{t("reset")}</Link>
        </div>
      </fieldset>
    </form>
  );
}
