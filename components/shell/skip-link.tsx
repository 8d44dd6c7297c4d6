import { useTranslations } from "next-intl";

export function SkipLink() {
  const t = useTranslations("shell");
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-focus focus:px-4 focus:py-2 focus:text-ink"
    >
      {t("skipLink")}
    </a>
  );
}
