import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FormattedDate } from "@/components/ui/formatted-date";
import { SectionHeader } from "@/components/ui/section-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listCorrections } from "@/db/queries/corrections";
import { getProgramme } from "@/db/queries/programmes";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.corrections");
  return { title: t("title") };
}

export default async function CorrectionsPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const programmeId = idParam((await params).programmeId);
  const [programme, rows, t] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(listCorrections({ programmeId })),
    getTranslations("programmes.corrections"),
  ]);
  const base = `/programmes/${programmeId}/corrections`;
  return (
    <>
      <SectionHeader
        title={t("title")}
        intro={t("intro")}
        add={programme.access.edit ? { href: `${base}/new`, label: t("add") } : null}
      />
      {rows.length === 0 ? (
        <p className="rounded-ik bg-info-surface p-4">{t("empty")}</p>
      ) : (
        <Table caption={t("tableCaption")}>
          <thead>
            <tr>
              <Th>{t("titleLabel")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("decisionLevel")}</Th>
              <Th>{t("proposed")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <Td>
                  <Link href={`${base}/${row.id}`}>{row.title}</Link>
                  {row.tocChange ? <span className="block text-sm text-muted">{t("changesToc")}</span> : null}
                </Td>
                <Td>
                  <span className="font-semibold">{t(`statuses.${row.status}`)}</span>
                </Td>
                <Td>{t(`levels.${row.decisionLevel}`)}</Td>
                <Td className="text-sm">
                  <FormattedDate value={row.createdAt} format="short" /> · {row.proposedByName}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
