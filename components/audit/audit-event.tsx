import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import type { RenderedEvent } from "@/lib/audit/render";

/**
 * One event of the audit trail as a sentence with its changed fields, long texts folded away. `programmeHref`: link
 * to the programme the event belongs to (the gemeente's activity log; a programme's own page leaves it out).
 */
export function AuditEventText({ event, programmeHref }: { event: RenderedEvent; programmeHref?: string }) {
  const t = useTranslations("audit");
  return (
    <>
      <p>{event.sentence}</p>
      {event.programme && programmeHref ? (
        <p className="text-sm text-muted">
          <Link href={programmeHref}>{t("inProgramme", { name: event.programme })}</Link>
        </p>
      ) : null}
      {event.subjectFull ? (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-link">{t("fullName")}</summary>
          <p className="mt-1 whitespace-pre-line">{event.subjectFull}</p>
        </details>
      ) : null}
      {event.lines.length > 0 ? (
        <ul className="mt-1 flex flex-col gap-1 text-sm">
          {event.lines.map((line, index) => (
            // The lines of one event never change order: their position is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <li key={index} className="break-words">
              {line.text}
              {line.full.length > 0 ? (
                <details className="mt-1">
                  <summary className="cursor-pointer text-link">{t("fullText")}</summary>
                  <dl className="mt-1 flex flex-col gap-1">
                    {line.full.map((part) => (
                      <div key={part.label}>
                        <dt className="font-semibold">{part.label}</dt>
                        <dd className="whitespace-pre-line">{part.text}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
