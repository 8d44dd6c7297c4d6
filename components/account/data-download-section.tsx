// "Mijn gegevens downloaden": a plain link to the download, so it works without JavaScript and the browser saves it.
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

export async function DataDownloadSection() {
  const t = await getTranslations("account.download");
  return (
    <section aria-labelledby="download-title" id="gegevens" className="mt-8 max-w-2xl border-t border-line pt-6">
      <h2 id="download-title" className="mb-3 text-2xl">
        {t("title")}
      </h2>
      <p className="mb-4">{t("intro")}</p>
      <a href="/api/account/data" download className={buttonClass("secondary")}>
        {t("button")}
      </a>
    </section>
  );
}
