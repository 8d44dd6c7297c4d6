// A partner's home page beside "Mijn werk": the programmes its organisation takes part in, and the course corrections
// lately decided on in them, a few at a time.

import { getTranslations } from "next-intl/server";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import type { homeProgrammes, recentDecisions } from "@/db/queries/partner-home";

type Programmes = Awaited<ReturnType<typeof homeProgrammes>>;
type Decisions = Awaited<ReturnType<typeof recentDecisions>>;

export async function PartnerProgrammes({ programmes }: { programmes: Programmes }) {
  const [t, statuses] = await Promise.all([getTranslations("home.partner"), getTranslations("programmes.statuses")]);
  return (
    <section aria-labelledby="uw-programmas" className="mb-8 max-w-4xl">
      <h2 id="uw-programmas" className="text-2xl">
        {t("programmesTitle")}
      </h2>
      {programmes.total === 0 ? (
        <p className="mt-2">{t("programmesEmpty")}</p>
      ) : (
        <>
          <p className="mt-1 mb-2">{t("programmesIntro")}</p>
          <ul className="flex flex-col gap-2">
            {programmes.items.map((programme) => (
              <li key={programme.id} className="rounded-ik border border-line p-3">
                <Link href={`/programmes/${programme.id}`} className="font-semibold break-words">
                  {programme.name}
                </Link>
                <span className="ml-2 text-sm">({statuses(programme.status)})</span>
              </li>
            ))}
          </ul>
          {programmes.total > programmes.items.length ? (
            <p className="mt-2">
              <Link href="/programmes">{t("programmesMore", { count: programmes.total })}</Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

export async function RecentDecisions({ decisions }: { decisions: Decisions }) {
  const [t, statuses, work] = await Promise.all([
    getTranslations("home.partner"),
    getTranslations("programmes.corrections.statuses"),
    getTranslations("myWork"),
  ]);
  const pageHref = (page: number) => `/?besluiten=${page}#recente-besluiten`;
  return (
    <section aria-labelledby="recente-besluiten-titel" id="recente-besluiten" className="mb-8 max-w-4xl">
      <h2 id="recente-besluiten-titel" className="text-2xl">
        {t("decisionsTitle")}
      </h2>
      {decisions.total === 0 ? (
        <p className="mt-2">{t("decisionsEmpty")}</p>
      ) : (
        <>
          <p className="mt-1 mb-2">{t("decisionsIntro")}</p>
          <ul className="flex flex-col gap-2">
            {decisions.items.map((decision) => (
              <li key={decision.id} className="rounded-ik border border-line p-3">
                <Link href={decision.href} className="font-semibold break-words">
                  {decision.title}
                </Link>
                <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  <span>
                    {work("programme")}: {decision.programmeName}
                  </span>
                  <span>
                    <strong>{statuses(decision.status)}</strong> {t("decidedBy", { name: decision.decidedByName })}{" "}
                    <FormattedDate value={decision.decidedAt} format="date" />
                  </span>
                </p>
              </li>
            ))}
          </ul>
          {decisions.pageCount > 1 ? (
            <nav aria-label={t("decisionsPages")} className="mt-2 flex flex-wrap items-center gap-4">
              {decisions.page > 1 ? <Link href={pageHref(decisions.page - 1)}>{t("newer")}</Link> : null}
              <span>{work("pageOf", { page: decisions.page, pages: decisions.pageCount })}</span>
              {decisions.page < decisions.pageCount ? (
                <Link href={pageHref(decisions.page + 1)}>{t("older", { count: decisions.total })}</Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </section>
  );
}
