import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReflectionSessionForm } from "@/components/reflections/session-form";
import { BackLink } from "@/components/ui/back-link";
import { reflectionSessionOptions } from "@/db/queries/reflections";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reflections");
  return { title: t("addTitle") };
}

export default async function NewReflectionSessionPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const programmeId = idParam((await params).programmeId);
  // Only those who contribute to the programme get the choices; anyone else gets not found.
  const [options, t, roles] = await Promise.all([
    orNotFound(reflectionSessionOptions({ programmeId })),
    getTranslations("reflections"),
    getTranslations("roles"),
  ]);
  return (
    <>
      <BackLink href={`/programmes/${programmeId}/reflections`}>{t("back")}</BackLink>
      <h2 className="mt-2 text-2xl">{t("addTitle")}</h2>
      <p className="mt-1 max-w-3xl">{t("addIntro")}</p>
      <ol className="mt-2 mb-6 max-w-3xl list-decimal pl-6">
        <li>{t("agendaActions")}</li>
        <li>{t("agendaAssumptions")}</li>
        <li>{t("agendaIndicators")}</li>
        <li>{t("agendaQuestions")}</li>
      </ol>
      <ReflectionSessionForm
        programmeId={programmeId}
        candidates={options.candidates.map((c) => ({ value: String(c.id), label: `${c.name} (${roles(c.role)})` }))}
        checked={options.team.map(String)}
        today={options.today}
      />
    </>
  );
}
