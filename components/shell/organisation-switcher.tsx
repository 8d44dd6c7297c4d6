import { getTranslations } from "next-intl/server";
import { switchOrganisation } from "@/app/(app)/actions";
import type { Viewer } from "@/lib/auth/viewer";

/** The active gemeente; a choice when the user works for more than one. */
export async function OrganisationSwitcher({ viewer }: { viewer: Viewer }) {
  const t = await getTranslations("shell");
  if (viewer.memberships.length < 2) {
    return <p className="font-semibold">{viewer.organisationName}</p>;
  }
  return (
    <form action={switchOrganisation} className="flex flex-wrap items-center gap-2">
      <label htmlFor="organisation-switch" className="font-semibold">
        {t("organisation")}
      </label>
      <select
        id="organisation-switch"
        name="organisationId"
        defaultValue={viewer.organisationId}
        className="min-h-11 rounded-ik border-2 border-on-header bg-page px-2 text-ink"
      >
        {viewer.memberships.map((m) => (
          <option key={m.organisationId} value={m.organisationId}>
            {m.organisationName}
          </option>
        ))}
      </select>
      <button type="submit" className="min-h-11 rounded-ik border-2 border-on-header px-3 font-semibold">
        {t("switchOrganisation")}
      </button>
    </form>
  );
}
