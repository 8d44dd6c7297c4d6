import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl">{t("notFoundTitle")}</h1>
      <p className="mt-3">{t("notFoundText")}</p>
      <p className="mt-3">
        <Link href="/">{t("backHome")}</Link>
      </p>
    </main>
  );
}
