import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionForm } from "@/components/training/session-form";
import { BackLink } from "@/components/ui/back-link";
import { FormattedDay } from "@/components/ui/formatted-date";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getTrainingSession } from "@/db/queries/training-sessions";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { todayInAmsterdam } from "@/lib/domain/time";
import { MODULE_KEYS } from "@/lib/domain/training";

type Params = Promise<{ trackId: string; sessionId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { trackId, sessionId } = await params;
  const data = await orNotFound(getTrainingSession({ trackId: idParam(trackId), sessionId: idParam(sessionId) }));
  return { title: data.session.title };
}

/** One session: what happened and who was there; the trainer or coach changes it here. */
export default async function SessionPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const raw = await params;
  const trackId = idParam(raw.trackId);
  const sessionId = idParam(raw.sessionId);
  const search = await searchParams;
  const [{ track, session, participants }, t, modules] = await Promise.all([
    orNotFound(getTrainingSession({ trackId, sessionId })),
    getTranslations("training.sessions"),
    getTranslations("training.modules"),
  ]);
  const notice = search.nieuw === "1" ? "created" : search.opgeslagen === "1" ? "saved" : null;
  const moduleKeys = new Set<string>([...track.modules, ...(session.moduleKey ? [session.moduleKey] : [])]);
  return (
    <>
      <PageHeader
        title={session.title}
        intro={<FormattedDay value={session.heldOn} />}
        back={<BackLink href={`/training/${trackId}`}>{track.title}</BackLink>}
      />
      {notice ? (
        <div className="mb-6 max-w-3xl">
          <Notice tone="success" role="status">
            {t(`notices.${notice}`)}
          </Notice>
        </div>
      ) : null}
      <section aria-labelledby="aanwezigheid" className="mb-10">
        <h2 id="aanwezigheid" className="text-2xl">
          {t("attendance")}
        </h2>
        <dl className="mt-3 grid max-w-3xl gap-3 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t("where")}</dt>
          <dd>{[session.place, session.online ? t("onlineShort") : ""].filter(Boolean).join(" · ") || "—"}</dd>
          <dt className="font-semibold">{t("module")}</dt>
          <dd>{session.moduleKey ? modules(`${session.moduleKey}.title`) : "—"}</dd>
          <dt className="font-semibold">{t("notes")}</dt>
          <dd className="whitespace-pre-line">{session.notes || "—"}</dd>
        </dl>
        {participants.length ? (
          <div className="mt-4">
            <Table caption={t("attendanceCaption")}>
              <thead>
                <tr>
                  <Th>{t("participant")}</Th>
                  <Th>{t("attendance")}</Th>
                </tr>
              </thead>
              <tbody>
                {participants.map((p) => (
                  <tr key={p.id}>
                    <Td>{p.partnerName ? `${p.name} (${p.partnerName})` : p.name}</Td>
                    <Td>{p.present === null ? t("notRecorded") : p.present ? t("present") : t("absent")}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        ) : null}
      </section>
      {track.mayManage ? (
        <section aria-labelledby="wijzigen">
          <h2 id="wijzigen" className="mb-4 text-2xl">
            {t("edit")}
          </h2>
          <SessionForm
            trackId={trackId}
            session={{
              id: session.id,
              title: session.title,
              heldOn: session.heldOn,
              place: session.place,
              online: session.online,
              moduleKey: session.moduleKey ?? "",
              notes: session.notes,
              version: session.version,
            }}
            participants={participants}
            modules={MODULE_KEYS.filter((key) => moduleKeys.has(key)).map((key) => ({
              value: key,
              label: modules(`${key}.title`),
            }))}
            today={todayInAmsterdam()}
          />
        </section>
      ) : null}
    </>
  );
}
