// Every step of a partner's report: who took it, when, from which status to which, and the comment or reason.
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { SubmissionStatus } from "@/lib/domain/submissions";

type Transition = {
  fromStatus: SubmissionStatus;
  toStatus: SubmissionStatus;
  reason: string;
  changedByName: string;
  changedAt: Date;
};

export async function ReportHistory({ transitions }: { transitions: Transition[] }) {
  const [t, format] = await Promise.all([getTranslations("partnerReport"), getFormatter()]);
  return (
    <section aria-labelledby="history-title" className="flex max-w-4xl flex-col gap-3">
      <h3 id="history-title" className="text-xl">
        {t("history.title")}
      </h3>
      {transitions.length === 0 ? (
        <p className="text-muted">{t("history.none")}</p>
      ) : (
        <Table caption={t("history.caption")}>
          <thead>
            <tr>
              <Th>{t("history.when")}</Th>
              <Th>{t("history.who")}</Th>
              <Th>{t("history.step")}</Th>
              <Th>{t("history.reason")}</Th>
            </tr>
          </thead>
          <tbody>
            {transitions.map((transition) => (
              <tr key={`${transition.changedAt.getTime()}-${transition.toStatus}`}>
                <Td className="whitespace-nowrap">
                  <time dateTime={transition.changedAt.toISOString()}>
                    {format.dateTime(transition.changedAt, "dateTime")}
                  </time>
                </Td>
                <Td>{transition.changedByName}</Td>
                <Td>
                  {t("history.fromTo", {
                    from: t(`statuses.${transition.fromStatus}`),
                    to: t(`statuses.${transition.toStatus}`),
                  })}
                </Td>
                <Td className="whitespace-pre-line">{transition.reason.trim() || "–"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
