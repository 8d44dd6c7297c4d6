import { useTranslations } from "next-intl";
import { SOURCE_CREDIT } from "@/lib/domain/scenarios";

/** The five routes restate an article in our own words; every route page names it. */
export function SourceCredit() {
  const t = useTranslations("routes");
  return (
    <p className="mt-10 border-t border-line pt-4 text-sm text-muted">
      {t("credit", { title: SOURCE_CREDIT.title, authors: SOURCE_CREDIT.authors, publisher: SOURCE_CREDIT.publisher })}
    </p>
  );
}
