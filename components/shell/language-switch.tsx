import { getLocale } from "next-intl/server";
import { changeLanguage } from "@/app/(app)/actions";
import { LANGUAGE_NAMES, type Locale } from "@/lib/domain/constants";
import { shortLocale } from "@/lib/i18n/settings";

/** One button that switches to the other language. */
export async function LanguageSwitch({ className = "" }: { className?: string }) {
  const current = shortLocale(await getLocale());
  const target: Locale = current === "nl" ? "en" : "nl";
  return (
    <form action={changeLanguage} className={className}>
      <input type="hidden" name="locale" value={target} />
      <button type="submit" lang={target} className="min-h-11 px-2 font-semibold underline underline-offset-2">
        {LANGUAGE_NAMES[target]}
      </button>
    </form>
  );
}
