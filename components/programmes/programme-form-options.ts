import "server-only";
import { getLocale } from "next-intl/server";
import { programmeFormOptions } from "@/db/queries/programmes";
import { localise, ROUTES } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";

/** The choices of the programme form, as options in the user's language. */
export async function loadProgrammeFormOptions() {
  const [options, locale] = await Promise.all([programmeFormOptions(), getLocale().then(shortLocale)]);
  const toOption = (item: { id: number; name: string }) => ({ value: String(item.id), label: item.name });
  return {
    routes: ROUTES.map((r) => ({ value: r.key, label: `${r.number}. ${localise(r.name, locale)}` })),
    owners: options.owners.map(toOption),
    members: options.members.map(toOption),
    partners: options.partners.map(toOption),
  };
}
