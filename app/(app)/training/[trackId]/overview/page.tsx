import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GoalJudgementForm } from "@/components/training/goal-judgement-form";
import { attendanceText } from "@/components/training/overview-figures";
import { BackLink } from "@/components/ui/back-link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getTrackOverview } from "@/db/queries/training-overview";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("training.overview");
  return { title: t("trackTitle") };
}

export default async function TrackOverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ trackId: string }>;
  searchParams: Promise<{ beoordeeld?: string }>;
}) {
  const trackId = idParam((await params).trackId);
  const judged = (await searchParams).beoordeeld === "1";
  const [data, t] = await Promise.all([
    orNotFound(getTrackOverview({ trackId })),
    getTranslations("training.overview"),
  ]);
  const score = (value: number | null) => (value === null ? "—" : value.toFixed(1));
  return (
    <>
      <PageHeader
        title={t("trackTitle")}
        intro={data.title}
        back={<BackLink href={`/training/${trackId}`}>{data.title}</BackLink>}
      />
      {judged ? (
        <div className="mb-6 max-w-3xl">
          <Notice tone="success" role="status">
            {t("judged")}
          </Notice>
        </div>
      ) : null}
      <div className="flex max-w-4xl flex-col gap-10">
        <section aria-labelledby="aanwezigheid">
          <h2 id="aanwezigheid" className="text-2xl">
            {t("attendanceTitle")}
          </h2>
          <p className="mt-1">{t("attendanceAll", { value: attendanceText(t, data.attendance) })}</p>
          {data.participants.length ? (
            <div className="mt-3">
              <Table caption={t("attendanceCaption")}>
                <thead>
                  <tr>
                    <Th>{t("participant")}</Th>
                    <Th>{t("sessionsPresent")}</Th>
                    <Th>{t("attendance")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {data.participants.map((p) => (
                    <tr key={p.id}>
                      <Td>{p.name}</Td>
                      <Td>{t("presentOf", { present: p.attendance.present, recorded: p.attendance.recorded })}</Td>
                      <Td>{attendanceText(t, p.attendance)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          ) : null}
        </section>
        <section aria-labelledby="doelen">
          <h2 id="doelen" className="text-2xl">
            {t("goalsTitle")}
          </h2>
          <p className="mt-1">
            {t("goalsCounts", {
              bereikt: data.reached.bereikt,
              deels: data.reached.deels,
              niet: data.reached.niet,
              open: data.reached.open,
            })}
          </p>
          <div className="mt-3">
            <Table caption={t("goalsCaption")}>
              <thead>
                <tr>
                  <Th>{t("goal")}</Th>
                  <Th>{t("judgement")}</Th>
                </tr>
              </thead>
              <tbody>
                {data.goals.map((goal) => (
                  <tr key={goal.id}>
                    <Td>{goal.text}</Td>
                    <Td>{goal.judgement ? t(`judgements.${goal.judgement}`) : t("notJudged")}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
          {data.mayJudge ? (
            <div className="mt-6 rounded-ik border border-line p-4">
              <h3 className="mb-1 text-xl">{t("judgeTitle")}</h3>
              <p className="mb-4">{t("judgeIntro")}</p>
              <GoalJudgementForm trackId={trackId} goals={data.goals} version={data.version} />
            </div>
          ) : null}
        </section>
        <section aria-labelledby="groei">
          <h2 id="groei" className="text-2xl">
            {t("maturityTitle")}
          </h2>
          {data.maturity.length === 0 ? (
            <p className="mt-1">{t("noScans")}</p>
          ) : (
            <div className="mt-3">
              <Table caption={t("maturityCaption")}>
                <thead>
                  <tr>
                    <Th>{t("subject")}</Th>
                    <Th>{t("before")}</Th>
                    <Th>{t("after")}</Th>
                    <Th>{t("growth")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {data.maturity.map((m) => (
                    <tr key={m.subject}>
                      <Td>{m.subject}</Td>
                      <Td>{score(m.before)}</Td>
                      <Td>{score(m.after)}</Td>
                      <Td>{m.growth === null ? "—" : `${m.growth > 0 ? "+" : ""}${m.growth.toFixed(1)}`}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          )}
        </section>
      </div>
    </>
  );
}
