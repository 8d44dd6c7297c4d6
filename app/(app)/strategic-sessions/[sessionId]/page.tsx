import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgreementForm } from "@/components/opgaven/agreement-form";
import { IdeaForm } from "@/components/opgaven/idea-form";
import { ProcessForm } from "@/components/opgaven/process-form";
import { OwnRankingForm, RankingForm } from "@/components/opgaven/ranking-form";
import { SessionOpgaveForm } from "@/components/opgaven/session-opgave-form";
import { ActionButton } from "@/components/ui/action-button";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { FormattedDate, FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { opgaveOptions } from "@/db/queries/opgaven";
import { getStrategicSession, sessionParticipantOptions } from "@/db/queries/strategic-sessions";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { endRankingsAction, reopenRankingsAction } from "../actions";

type Props = { params: Promise<{ sessionId: string }> };
type Search = {
  searchParams: Promise<{
    opgeslagen?: string;
    verwerkt?: string;
    rangorde?: string;
    eigen?: string;
    gesloten?: string;
    heropend?: string;
  }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { session } = await orNotFound(getStrategicSession({ sessionId: idParam((await params).sessionId) }));
  return { title: session.title };
}

export default async function StrategicSessionPage({ params, searchParams }: Props & Search) {
  const sessionId = idParam((await params).sessionId);
  const [contents, search, t] = await Promise.all([
    orNotFound(getStrategicSession({ sessionId })),
    searchParams,
    getTranslations("opgaven"),
  ]);
  const { session, participants, items, ballots, combined, ideas, agreements, mayManage, mayReadRegister, own } =
    contents;
  const open = mayManage && session.processedAt === null;
  const [register, people] = open
    ? await Promise.all([orNotFound(opgaveOptions()), orNotFound(sessionParticipantOptions())])
    : [[], { people: [], organisations: [] }];
  const named = new Set(items.map((item) => item.opgaveId));
  const itemTitle = new Map(items.map((item) => [item.id, item.title]));
  const participantName = (p: (typeof participants)[number]) => (p.worksFor ? `${p.name} (${p.worksFor})` : p.name);
  const rankedParticipant = participants.find((p) => String(p.id) === search.rangorde);
  const rankingsClosed = session.rankingsClosedAt !== null;
  const entryText = (p: (typeof participants)[number]) =>
    !p.entry
      ? t("ranking.notYet")
      : p.entry.own
        ? t("ranking.enteredOwn", { name: p.entry.byName })
        : t("ranking.enteredBy", { name: p.entry.byName });
  return (
    <>
      <PageHeader
        title={session.title}
        intro={t.rich("sessions.heldOnIntro", { day: () => <FormattedDay value={session.heldOn} /> })}
        back={<BackLink href="/strategic-sessions">{t("sessions.back")}</BackLink>}
        actions={
          open ? (
            <Link href={`/strategic-sessions/${sessionId}/edit`} className={buttonClass("secondary")}>
              {t("sessions.edit")}
            </Link>
          ) : null
        }
      />
      <div className="mb-6 flex flex-col gap-3">
        {search.opgeslagen ? <Notice role="status" tone="success" title={t("sessions.saved")} /> : null}
        {rankedParticipant ? (
          <Notice role="status" tone="success" title={t("ranking.saved", { name: rankedParticipant.name })} />
        ) : null}
        {search.eigen ? <Notice role="status" tone="success" title={t("ownRanking.saved")} /> : null}
        {search.gesloten ? <Notice role="status" tone="success" title={t("ownRanking.closedNow")} /> : null}
        {search.heropend ? <Notice role="status" tone="success" title={t("ownRanking.reopenedNow")} /> : null}
        {search.verwerkt ? (
          <Notice role="status" tone="success" title={t("process.done")}>
            <p>
              <Link href="/opgaven">{t("process.toRegister")}</Link>
            </p>
          </Notice>
        ) : session.processedAt ? (
          <Notice title={t("process.wasProcessed")}>
            <p>
              <FormattedDate value={session.processedAt} />
            </p>
          </Notice>
        ) : null}
      </div>

      <section aria-labelledby="deelnemers" className="mb-8 max-w-3xl">
        <h2 id="deelnemers" className="text-2xl">
          {t("sessions.participants")}
        </h2>
        {participants.length === 0 ? (
          <p className="mt-2">{t("sessions.noParticipants")}</p>
        ) : (
          <Table caption={t("sessions.participantsCaption")}>
            <thead>
              <tr>
                <Th>{t("ranking.participant")}</Th>
                <Th>{t("ranking.status")}</Th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => (
                <tr key={p.id}>
                  <Td>{participantName(p)}</Td>
                  <Td>{entryText(p)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {session.guests ? (
          <p className="mt-2">
            <span className="font-semibold">{t("sessionForm.guests")}:</span> {session.guests}
          </p>
        ) : null}
        <h3 className="mt-4 text-xl">{t("sessionForm.agenda")}</h3>
        <p className="mt-1 whitespace-pre-line">{session.agenda || t("notFilled")}</p>
      </section>

      <section aria-labelledby="opgaven" className="mb-8">
        <h2 id="opgaven" className="text-2xl">
          {t("sessionOpgaven.title")}
        </h2>
        <p className="mt-1 mb-3 max-w-3xl">{t("sessionOpgaven.intro")}</p>
        {items.length === 0 ? (
          <p className="mb-3">{t("sessionOpgaven.empty")}</p>
        ) : (
          <ul className="mb-4 list-disc pl-6">
            {items.map((item) => (
              <li key={item.id}>
                {item.opgaveId && mayReadRegister ? (
                  <Link href={`/opgaven/${item.opgaveId}`}>{item.title}</Link>
                ) : (
                  item.title
                )}
                {item.opgaveId === null ? <span className="text-muted"> — {t("sessionOpgaven.proposal")}</span> : null}
              </li>
            ))}
          </ul>
        )}
        {open ? <SessionOpgaveForm sessionId={sessionId} opgaven={register.filter((o) => !named.has(o.id))} /> : null}
      </section>

      {own && items.length > 0 ? (
        <section aria-labelledby="mijn-rangorde" className="mb-8 max-w-2xl rounded-ik border border-line p-4">
          <h2 id="mijn-rangorde" className="text-2xl">
            {t("ownRanking.title")}
          </h2>
          <p className="mt-1">{own.forOrganisation ? t("ownRanking.introOrganisation") : t("ownRanking.intro")}</p>
          <OwnRankingForm
            sessionId={sessionId}
            items={items}
            version={own.version}
            positions={Object.fromEntries(own.positions.map((p) => [p.itemId, p.position]))}
          />
        </section>
      ) : contents.takesPart && session.processedAt === null && rankingsClosed ? (
        <div className="mb-8 max-w-2xl">
          <Notice title={t("ownRanking.closed")} />
        </div>
      ) : null}

      <section aria-labelledby="rangordes" className="mb-8">
        <h2 id="rangordes" className="text-2xl">
          {t("ranking.title")}
        </h2>
        <p className="mt-1 mb-3 max-w-3xl">{t("ranking.intro")}</p>
        {ballots.length === 0 ? (
          <p className="mb-3">{t("ranking.empty")}</p>
        ) : (
          <Table caption={t("ranking.caption")}>
            <thead>
              <tr>
                <Th>{t("ranking.participant")}</Th>
                <Th>{t("ranking.order")}</Th>
                <Th>{t("ranking.enteredColumn")}</Th>
              </tr>
            </thead>
            <tbody>
              {ballots.map((ballot) => {
                const participant = participants.find((p) => p.id === ballot.participantId);
                return (
                  <tr key={ballot.participantId}>
                    <Td>{participant ? participantName(participant) : ""}</Td>
                    <Td>
                      <ol className="list-decimal pl-5">
                        {ballot.positions.map((p) => (
                          <li key={p.itemId}>{itemTitle.get(p.itemId)}</li>
                        ))}
                      </ol>
                    </Td>
                    <Td>{participant ? entryText(participant) : ""}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
        {open ? (
          <div className="mt-4 flex max-w-2xl flex-col items-start gap-2">
            <p>{rankingsClosed ? t("ownRanking.closedManage") : t("ownRanking.openManage")}</p>
            <ActionButton
              action={(rankingsClosed ? reopenRankingsAction : endRankingsAction).bind(null, sessionId)}
              label={rankingsClosed ? t("ownRanking.reopen") : t("ownRanking.close")}
              pendingLabel={t("ownRanking.pending")}
            />
          </div>
        ) : null}
        {open && items.length > 0 ? (
          <div className="mt-4 flex max-w-2xl flex-col gap-3">
            {participants.map((participant) => {
              const ballot = ballots.find((b) => b.participantId === participant.id);
              return (
                <RankingForm
                  key={participant.id}
                  sessionId={sessionId}
                  participant={{ id: participant.id, name: participantName(participant) }}
                  items={items}
                  version={participant.version}
                  positions={Object.fromEntries((ballot?.positions ?? []).map((p) => [p.itemId, p.position]))}
                />
              );
            })}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="gezamenlijk" className="mb-8">
        <h2 id="gezamenlijk" className="text-2xl">
          {t("combined.title")}
        </h2>
        <p className="mt-1 mb-3 max-w-3xl">
          {t("combined.method", { max: combined.maxPoints, ballots: combined.ballots })}
        </p>
        {ballots.length === 0 ? (
          <p>{t("combined.empty")}</p>
        ) : (
          <Table caption={t("combined.caption")}>
            <thead>
              <tr>
                <Th>{t("combined.rank")}</Th>
                <Th>{t("combined.opgave")}</Th>
                <Th>{t("combined.points")}</Th>
                <Th>{t("combined.firstPlaces")}</Th>
                <Th>{t("combined.rankedBy")}</Th>
                <Th>{t("combined.note")}</Th>
              </tr>
            </thead>
            <tbody>
              {combined.rows.map((row) => (
                <tr key={row.itemId}>
                  <Td className="font-semibold">{row.rank}</Td>
                  <Td>{itemTitle.get(row.itemId)}</Td>
                  <Td>{row.points}</Td>
                  <Td>{row.firstPlaces}</Td>
                  <Td>{row.rankedBy}</Td>
                  <Td>{row.tie === "none" ? "" : t(`combined.ties.${row.tie}`)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {open && ballots.length > 0 ? (
          <div className="mt-4">
            <ProcessForm sessionId={sessionId} version={session.version} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="ideeen" className="mb-8">
        <h2 id="ideeen" className="text-2xl">
          {t("ideas.title")}
        </h2>
        <p className="mt-1 mb-3 max-w-3xl">{t("ideas.intro")}</p>
        {ideas.length === 0 ? <p className="mb-3">{t("ideas.empty")}</p> : null}
        {items
          .filter((item) => ideas.some((idea) => idea.itemId === item.id))
          .map((item) => (
            <div key={item.id} className="mb-4">
              <h3 className="text-xl">{item.title}</h3>
              <ul className="mt-1 list-disc pl-6">
                {ideas
                  .filter((idea) => idea.itemId === item.id)
                  .map((idea) => (
                    <li key={idea.id}>
                      <span className="font-semibold">{t(`ideas.kinds.${idea.kind}`)}:</span> {idea.text}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        {mayManage && items.length > 0 ? <IdeaForm sessionId={sessionId} items={items} /> : null}
      </section>

      <section aria-labelledby="afspraken" className="mb-8">
        <h2 id="afspraken" className="text-2xl">
          {t("agreements.title")}
        </h2>
        {agreements.length === 0 ? (
          <p className="mt-1 mb-3">{t("agreements.empty")}</p>
        ) : (
          <Table caption={t("agreements.caption")}>
            <thead>
              <tr>
                <Th>{t("agreements.description")}</Th>
                <Th>{t("agreements.owner")}</Th>
                <Th>{t("agreements.dueDate")}</Th>
              </tr>
            </thead>
            <tbody>
              {agreements.map((agreement) => (
                <tr key={agreement.id}>
                  <Td>{agreement.description}</Td>
                  <Td>{agreement.ownerName}</Td>
                  <Td>{agreement.dueDate ? <FormattedDay value={agreement.dueDate} /> : ""}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {open ? (
          <div className="mt-3">
            <AgreementForm sessionId={sessionId} people={people.people} />
          </div>
        ) : null}
      </section>
    </>
  );
}
