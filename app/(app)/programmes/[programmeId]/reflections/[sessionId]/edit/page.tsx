import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReflectionSessionForm } from "@/components/reflections/session-form";
import { BackLink } from "@/components/ui/back-link";
import { reflectionSessionForEdit } from "@/db/queries/reflections";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { todayInAmsterdam } from "@/lib/domain/time";

type Params = Promise<{ programmeId: string; sessionId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reflections");
  return { title: t("editTitle") };
}

/** Changes a session's title, date, participants and guests; for those who contribute to the programme. */
export default async function EditReflectionSessionPage({ params }: { params: Params }) {
  const raw = await params;
  const programmeId = idParam(raw.programmeId);
  const sessionId = idParam(raw.sessionId);
  const [data, t, roles] = await Promise.all([
    orNotFound(reflectionSessionForEdit({ programmeId, sessionId })),
    getTranslations("reflections"),
    getTranslations("roles"),
  ]);
  const { session } = data;
  return (
    <>
      <BackLink href={`/programmes/${programmeId}/reflections/${sessionId}`}>{session.title}</BackLink>
      <h2 className="mt-2 text-2xl">{t("editTitle")}</h2>
      <p className="mt-1 mb-6 max-w-3xl">{t("editIntro")}</p>
      <ReflectionSessionForm
        programmeId={programmeId}
        candidates={[
          ...data.candidates.map((c) => ({ value: String(c.id), label: `${c.name} (${roles(c.role)})` })),
          ...data.earlier.map((c) => ({ value: String(c.id), label: `${c.name} (${t("earlierParticipant")})` })),
        ]}
        checked={session.participantIds.map(String)}
        today={todayInAmsterdam()}
        session={{
          id: session.id,
          title: session.title,
          heldOn: session.heldOn,
          guests: session.guests,
          version: session.version,
        }}
      />
    </>
  );
}
