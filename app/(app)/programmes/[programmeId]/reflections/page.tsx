import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HelpLink } from "@/components/about/help-link";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { SectionHeader } from "@/components/ui/section-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listReflectionSessions } from "@/db/queries/reflections";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reflections");
  return { title: t("title") };
}

export default async function ReflectionsPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const programmeId = idParam((await params).programmeId);
  const [list, t] = await Promise.all([
    orNotFound(listReflectionSessions({ programmeId })),
    getTranslations("reflections"),
  ]);
  const base = `/programmes/${programmeId}/reflections`;

  return (
    <>
      <SectionHeader
        title={t("title")}
        intro={t("intro")}
        add={list.mayHold ? { href: `${base}/new`, label: t("add") } : null}
      >
        <HelpLink topic="reflectie" />
      </SectionHeader>

      {list.sessions.length === 0 ? (
        <p className="max-w-3xl rounded-ik bg-info-surface p-4">{list.mayHold ? t("emptyHold") : t("empty")}</p>
      ) : (
        <Table caption={t("tableCaption")}>
          <thead>
            <tr>
              <Th>{t("session")}</Th>
              <Th>{t("heldOn")}</Th>
              <Th>{t("participants")}</Th>
              <Th>{t("actionItems")}</Th>
            </tr>
          </thead>
          <tbody>
            {list.sessions.map((session) => (
              <tr key={session.id}>
                <Td>
                  <Link href={`${base}/${session.id}`} className="font-semibold">
                    {session.title}
                  </Link>
                </Td>
                <Td>
                  <FormattedDay value={session.heldOn} />
                </Td>
                <Td>{session.participants}</Td>
                <Td>{t("actionCount", { open: session.actions.open, total: session.actions.total })}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <ul className="mt-6 space-y-2">
        <li>
          <Link href={`${base}/action-items`}>{t("actionList.link")}</Link>
        </li>
        <li>
          <Link href={`/lessons?programma=${programmeId}`}>{t("programmeLessons")}</Link>
        </li>
      </ul>
    </>
  );
}
