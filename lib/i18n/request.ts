// next-intl without locale routing: the language comes from the signed-in user's setting, else from the
// language cookie (the sign-in page), else Dutch.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getViewer } from "../auth/viewer";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../domain/constants";
import { formats, INTL_LOCALE, LOCALE_COOKIE, TIME_ZONE } from "./settings";

async function resolveLocale(): Promise<Locale> {
  const viewer = await getViewer();
  if (viewer) return viewer.locale;
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return LOCALES.find((l) => l === fromCookie) ?? DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return { locale: INTL_LOCALE[locale], messages, timeZone: TIME_ZONE, formats };
});
