import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";

/** The tasks the help page explains, by their anchor on /help. */
export const HELP_TOPICS = [
  "route-kiezen",
  "programma",
  "metingen",
  "rapportage",
  "reflectie",
  "bijsturen",
  "lessen-en-paginas",
] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

/**
 * A small "Hoe werkt dit?" on the page where a task is done, to its explanation on the help page. `below`: under a
 * page's header, which keeps its own margin, rather than inside a section's header.
 */
export async function HelpLink({ topic, below = false }: { topic: HelpTopic; below?: boolean }) {
  const t = await getTranslations("help");
  return (
    <p className={`no-print text-sm ${below ? "-mt-3 mb-6" : "mt-2"}`}>
      <Link href={`/help#${topic}`}>
        {t("link")}
        <span className="sr-only"> {t("linkTopic", { topic: t(`topics.${topic}.title`) })}</span>
      </Link>
    </p>
  );
}
