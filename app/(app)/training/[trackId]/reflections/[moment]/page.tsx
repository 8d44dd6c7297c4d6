import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReflectionForm } from "@/components/training/reflection-form";
import { BackLink } from "@/components/ui/back-link";
import { FormattedDay } from "@/components/ui/formatted-date";
import { PageHeader } from "@/components/ui/page-header";
import { getReflectionForm } from "@/db/queries/track-reflections";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("training.reflection");
  return { title: t("title") };
}

/** "eind" is the end of the track; any other moment is a session's id. */
function momentParam(moment: string): number | null {
  if (moment === "eind") return null;
  if (!/^\d{1,9}$/.test(moment)) notFound();
  return idParam(moment);
}

export default async function ReflectPage({ params }: { params: Promise<{ trackId: string; moment: string }> }) {
  const raw = await params;
  const trackId = idParam(raw.trackId);
  const sessionId = momentParam(raw.moment);
  const [form, t] = await Promise.all([
    orNotFound(getReflectionForm({ trackId, sessionId })),
    getTranslations("training.reflection"),
  ]);
  return (
    <>
      <PageHeader
        title={form.session ? t("titleSession", { session: form.session.title }) : t("titleEnd")}
        intro={t("intro")}
        back={<BackLink href={`/training/${trackId}`}>{form.trackTitle}</BackLink>}
      />
      {form.session ? (
        <p className="mb-4">
          {t("heldOn")} <FormattedDay value={form.session.heldOn} />
        </p>
      ) : null}
      <ReflectionForm trackId={trackId} sessionId={sessionId} answer={form.answer} />
    </>
  );
}
