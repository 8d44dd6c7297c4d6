import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import Link from "@/components/ui/link";

/** The programme filter of the page list: a plain GET form, so a filtered list has its own address. */
export async function PageFilters({
  programme,
  programmes,
  showsWholeGemeente,
}: {
  programme: string;
  programmes: { id: number; name: string }[];
  showsWholeGemeente: boolean;
}) {
  const t = await getTranslations("pages.filters");
  return (
    <form
      method="get"
      action="/pages"
      aria-label={t("title")}
      className="mb-4 flex flex-wrap items-end gap-4 rounded-ik bg-surface p-4"
    >
      <SelectField
        name="programma"
        label={t("programme")}
        options={[
          ...(showsWholeGemeente ? [{ value: "geen", label: t("none") }] : []),
          ...programmes.map((p) => ({ value: String(p.id), label: p.name })),
        ]}
        placeholder={t("all")}
        defaultValue={programme}
      />
      <button type="submit" className={buttonClass("secondary")}>
        {t("apply")}
      </button>
      {programme ? (
        <Link href="/pages" className="inline-flex min-h-11 items-center">
          {t("reset")}
        </Link>
      ) : null}
    </form>
  );
}
