import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { type Option, SelectField, TextField } from "@/components/ui/field";
import Link from "@/components/ui/link";

/** Search and filters of the library: a plain GET form, so every search has its own address. */
export async function LibraryFilters({
  values,
  programmes,
  tags,
  routes,
}: {
  values: { q: string; programma: string; tag: string; route: string };
  programmes: Option[];
  tags: string[];
  routes: Option[];
}) {
  const t = await getTranslations("lessons.filters");
  const filtered = Object.values(values).some(Boolean);
  return (
    <search className="mb-4 block rounded-ik bg-surface p-4">
      <form method="get" action="/lessons" aria-label={t("title")} className="flex flex-wrap items-end gap-4">
        <TextField
          name="q"
          type="search"
          label={t("query")}
          hint={t("queryHint")}
          required={false}
          defaultValue={values.q}
          className="min-w-64"
        />
        <SelectField
          name="programma"
          label={t("programme")}
          options={programmes}
          placeholder={t("all")}
          defaultValue={values.programma}
        />
        <SelectField
          name="tag"
          label={t("tag")}
          options={tags.map((tag) => ({ value: tag, label: tag }))}
          placeholder={t("all")}
          defaultValue={values.tag}
        />
        {routes.length > 0 ? (
          <SelectField
            name="route"
            label={t("route")}
            options={routes}
            placeholder={t("all")}
            defaultValue={values.route}
          />
        ) : null}
        <button type="submit" className={buttonClass("secondary")}>
          {t("apply")}
        </button>
        {filtered ? (
          <Link href="/lessons" className="inline-flex min-h-11 items-center">
            {t("reset")}
          </Link>
        ) : null}
      </form>
    </search>
  );
}
