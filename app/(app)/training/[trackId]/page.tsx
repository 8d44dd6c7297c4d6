import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MaturityChart } from "@/components/training/maturity-chart";
import { ParticipantForm } from "@/components/training/participant-form";
import { ReflectionMoments } from "@/components/training/reflection-moments";
import { TrackArchiveButton } from "@/components/training/track-actions";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getLearningTrack, participantOptions } from "@/db/queries/learning-tracks";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata({ params }: { params: Promise<{ trackId: string }> }): Promise<Metadata> {
  const trackId = idParam((await params).trackId);
  const track = await orNotFound(getLearningTrack({ trackId }));
  return { title: track.title };
}

const NOTICES = ["nieuw", "opgeslagen", "gearchiveerd", "teruggezet", "deelnemer", "gereflecteerd"] as const;

export default async function TrackPage({
  params,
  searchParams,
}: {
  params: Promise<{ trackId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const trackId = idParam((await params).trackId);
  const search = await searchParams;
  const [track, t] = await Promise.all([orNotFound(getLearningTrack({ trackId })), getTranslations("training")]);
  const options = track.mayManage ? await participantOptions({ trackId }) : null;
  const notice = NOTICES.find((key) => search[key] === "1");
  const base = `/training/${trackId}`;
  return (
    <>
      <PageHeader
        title={track.title}
        intro={`${t(`kinds.${track.kind}`)} · ${t("track.trainer", { name: track.trainerName })}`}
        back={<BackLink href="/training">{t("title")}</BackLink>}
        actions={
          <>
            {track.mayManage ? (
              <Link href={`${base}/edit`} className={buttonClass("secondary")}>
                {t("track.edit")}
              </Link>
            ) : null}
            {track.mayManage || track.mayRestore ? (
              <TrackArchiveButton trackId={trackId} archived={track.archivedAt !== null} />
            ) : null}
          </>
        }
      />
      {notice ? (
        <div className="mb-6 max-w-3xl">
          <Notice tone="success" role="status">
            {t(`track.notices.${notice}`)}
          </Notice>
        </div>
      ) : null}
      {track.archivedAt ? (
        <div className="mb-6 max-w-3xl">
          <Notice tone="warning">{t("track.archivedNotice")}</Notice>
        </div>
      ) : null}
      <nav aria-label={t("trackNav.label")} className="mb-8">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {track.mayReadCoaching ? (
            <li>
              <Link href={`${base}/coaching`}>{t("trackNav.coaching")}</Link>
            </li>
          ) : null}
          {track.mayReviewReflections ? (
            <li>
              <Link href={`${base}/reflections`}>{t("trackNav.reflections")}</Link>
            </li>
          ) : null}
          {track.mayReadOverview ? (
            <li>
              <Link href={`${base}/overview`}>{t("trackNav.overview")}</Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <div className="flex flex-col gap-10">
        {track.reflection ? (
          <ReflectionMoments trackId={trackId} sessions={track.sessions} answered={track.reflection.answered} />
        ) : null}
        <section aria-labelledby="opzet">
          <h2 id="opzet" className="text-2xl">
            {t("track.setup")}
          </h2>
          <dl className="mt-3 grid max-w-3xl gap-3 sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold">{t("form.targetGroup")}</dt>
            <dd>
              {t(`targetGroups.${track.targetGroup}`)}
              {track.targetTeams ? `: ${track.targetTeams}` : ""}
            </dd>
            <dt className="font-semibold">{t("form.period")}</dt>
            <dd>
              {track.startDate ? <FormattedDay value={track.startDate} /> : t("noDate")} –{" "}
              {track.endDate ? <FormattedDay value={track.endDate} /> : t("noDate")}
            </dd>
            {track.description ? (
              <>
                <dt className="font-semibold">{t("form.description")}</dt>
                <dd className="whitespace-pre-line">{track.description}</dd>
              </>
            ) : null}
          </dl>
          <h3 className="mt-6 text-xl">{t("form.goals")}</h3>
          <ol className="mt-2 max-w-3xl list-decimal pl-6">
            {track.goals.map((goal) => (
              <li key={goal.id}>{goal.text}</li>
            ))}
          </ol>
          <h3 className="mt-6 text-xl">{t("form.modules")}</h3>
          {track.modules.length ? (
            <ul className="mt-2 list-disc pl-6">
              {track.modules.map((key) => (
                <li key={key}>
                  <Link href={`/training/modules/${key}`}>{t(`modules.${key}.title`)}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{t("track.noModules")}</p>
          )}
        </section>

        <section aria-labelledby="deelnemers">
          <h2 id="deelnemers" className="text-2xl">
            {t("participants.title")}
          </h2>
          {track.participants.length === 0 ? (
            <p className="mt-2">{t("participants.empty")}</p>
          ) : (
            <div className="mt-3">
              <Table caption={t("participants.caption")}>
                <thead>
                  <tr>
                    <Th>{t("participants.name")}</Th>
                    <Th>{t("participants.organisation")}</Th>
                    <Th>{t("participants.attendance")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {track.participants.map((p) => (
                    <tr key={p.id}>
                      <Td>
                        {p.name}
                        {p.guest ? <span className="text-sm text-muted"> ({t("participants.guest")})</span> : null}
                      </Td>
                      <Td>{p.partnerName ?? t("participants.gemeente")}</Td>
                      <Td>
                        {p.attendance.rate === null
                          ? t("participants.noAttendance")
                          : t("participants.rate", {
                              present: p.attendance.present,
                              recorded: p.attendance.recorded,
                              rate: p.attendance.rate,
                            })}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          )}
          {options ? (
            <div className="mt-4">
              <ParticipantForm
                trackId={trackId}
                members={options.members.map((m) => ({ value: String(m.id), label: m.name }))}
                partners={options.partners.map((p) => ({ value: String(p.id), label: p.name }))}
              />
            </div>
          ) : null}
        </section>

        <section aria-labelledby="bijeenkomsten">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <h2 id="bijeenkomsten" className="text-2xl">
              {t("sessions.listTitle")}
            </h2>
            {track.mayManage ? (
              <Link href={`${base}/sessions/new`} className={buttonClass("secondary")}>
                {t("sessions.add")}
              </Link>
            ) : null}
          </div>
          {track.sessions.length === 0 ? (
            <p className="mt-2">{t("sessions.empty")}</p>
          ) : (
            <div className="mt-3">
              <Table caption={t("sessions.listTitle")}>
                <thead>
                  <tr>
                    <Th>{t("sessions.heldOn")}</Th>
                    <Th>{t("sessions.title")}</Th>
                    <Th>{t("sessions.where")}</Th>
                    <Th>{t("sessions.module")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {track.sessions.map((s) => (
                    <tr key={s.id}>
                      <Td>
                        <FormattedDay value={s.heldOn} />
                      </Td>
                      <Td>
                        <Link href={`${base}/sessions/${s.id}`}>{s.title}</Link>
                      </Td>
                      <Td>{[s.place, s.online ? t("sessions.onlineShort") : ""].filter(Boolean).join(" · ") || "—"}</Td>
                      <Td>{s.moduleKey ? t(`modules.${s.moduleKey}.title`) : "—"}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          )}
        </section>

        <section aria-labelledby="groei">
          <h2 id="groei" className="text-2xl">
            {t("track.growth")}
          </h2>
          <p className="mt-2 max-w-3xl">{t("track.growthIntro")}</p>
          {track.archivedAt ? null : (
            <p className="mt-3 flex flex-wrap gap-3">
              <Link href={`/training/scans/new?traject=${trackId}&moment=begin`} className={buttonClass("secondary")}>
                {t("track.scanBefore")}
              </Link>
              <Link href={`/training/scans/new?traject=${trackId}&moment=eind`} className={buttonClass("secondary")}>
                {t("track.scanAfter")}
              </Link>
            </p>
          )}
          {track.scans.subjects.length === 0 ? (
            <p className="mt-3">{t("track.noScans")}</p>
          ) : (
            track.scans.subjects.map((subject) => (
              <div key={subject.subject} className="mt-6">
                <h3 className="text-xl">{subject.subject}</h3>
                <p className="mt-1 text-sm">
                  {t("track.overall", {
                    before: subject.overallBefore ?? "—",
                    after: subject.overallAfter ?? "—",
                  })}
                </p>
                <div className="mt-3">
                  <MaturityChart
                    changes={subject.changes}
                    caption={t("track.chartCaption", { subject: subject.subject })}
                    beforeLabel={t("scan.before")}
                    afterLabel={t("scan.after")}
                  />
                </div>
              </div>
            ))
          )}
          {track.scans.all.length ? (
            <ul className="mt-6 list-disc pl-6">
              {track.scans.all.map((scan) => (
                <li key={scan.id}>
                  <Link href={`/training/scans/${scan.id}`}>
                    {t("track.scanLink", { subject: scan.subject, moment: t(`scan.moments.${scan.moment}`) })}
                  </Link>{" "}
                  (<FormattedDay value={scan.takenOn} />)
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      </div>
    </>
  );
}
