import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";

/** A period that does not exist, is another gemeente's, or (for a partner) another organisation's. */
export default async function NotFound() {
  const t = await getTranslations("partnerReport.notFound");
  return (
    <div className="max-w-2xl">
      <h2 className="text-2xl">{t("title")}</h2>
      <p className="mt-3">{t("text")}</p>
      <p className="mt-3">
        <Link href="/programmes">{t("back")}</Link>
      </p>
    </div>
  );
}
