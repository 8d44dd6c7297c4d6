// For a participant on the track's page: the moments to look back on (each session, and the end) and whether they did.
import { getTranslations } from "next-intl/server";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";

export async function ReflectionMoments({
  trackId,
  sessions,
  answered,
}: {
  trackId: number;
  sessions: { id: number; title: string; heldOn: string }[];
  answered: (sessionId: number | null) => boolean;
}) {
  const t = await getTranslations("training.reflection");
  const moments = [
    ...sessions.map((s) => ({ key: String(s.id), title: s.title, heldOn: s.heldOn, done: answered(s.id) })),
    { key: "eind", title: t("endOfTrack"), heldOn: null, done: answered(null) },
  ];
  return (
    <section aria-labelledby="reflectie">
      <h2 id="reflectie" className="text-2xl">
        {t("sectionTitle")}
      </h2>
      <p className="mt-1 max-w-3xl">{t("sectionIntro")}</p>
      <div className="mt-3">
        <Table caption={t("momentsCaption")}>
          <thead>
            <tr>
              <Th>{t("moment")}</Th>
              <Th>{t("state")}</Th>
              <Th>
                <span className="sr-only">{t("answer")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {moments.map((m) => (
              <tr key={m.key}>
                <Td>
                  {m.title}
                  {m.heldOn ? (
                    <span className="block text-sm">
                      <FormattedDay value={m.heldOn} />
                    </span>
                  ) : null}
                </Td>
                <Td>{m.done ? t("answered") : t("notAnswered")}</Td>
                <Td>
                  <Link href={`/training/${trackId}/reflections/${m.key}`}>
                    {m.done ? t("answerAgain") : t("answer")}
                    <span className="sr-only">: {m.title}</span>
                  </Link>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </section>
  );
}
