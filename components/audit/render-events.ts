import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { type AuditRecord, type NameBook, renderAuditEvent, type Translate } from "@/lib/audit/render";
import { shortLocale } from "@/lib/i18n/settings";

/** A page of audit events as sentences, in the viewer's language, with the names the query looked up. */
export async function renderAuditEvents<T extends AuditRecord>(
  rows: readonly T[],
  names: NameBook,
  organisationName: string,
) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const ctx = { t: t as unknown as Translate, locale: shortLocale(locale), names, organisationName };
  return rows.map((row) => ({ row, rendered: renderAuditEvent(row, ctx) }));
}
