import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import Link from "@/components/ui/link";
import { LEARNING_QUESTION_STATUSES } from "@/lib/domain/constants";

/** Filters of the backlog: a plain GET form, so a filtered list has its own address. */
export async function BacklogFilters({
  status,
  programme,
  programmes,
}: {
  status: string;
  programme: string;
  programmes: { id: number; name: string }[];
}) {
  const t = await getTranslations("learningQuestions");
  return (
    <form
      method="get"
      action="/learning-questions"
      aria-label={t("filters.title")}
      className="mb-4 flex flex-wrap items-end gap-4 rounded-ik bg-surface p-4"
    >
      <SelectField
        name="status"
        label={t("filters.status")}
        options={LEARNING_QUESTION_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        placeholder={t("filters.all")}
        defaultValue={status}
      />
      <SelectField
        name="programma"
        label={t("filters.programme")}
        options={[
          { value: "geen", label: t("filters.none") },
          ...programmes.map((p) => ({ value: String(p.id), label: p.name })),
        ]}
        placeholder={t("filters.all")}
        defaultValue={programme}
      />
      <button type="submit" className={buttonClass("secondary")}>
        {t("filters.apply")}
      </button>
      {status || programme ? (
        <Link href="/learning-questions" className="inline-flex min-h-11 items-center">
          {t("filters.reset")}
        </Link>
      ) : null}
    </form>
  );
}
