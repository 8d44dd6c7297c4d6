import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { RevokeApiKeyForm } from "@/components/admin/api-key-revoke";
import { BackLink } from "@/components/ui/back-link";
import { FormattedDate, FormattedDay } from "@/components/ui/formatted-date";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getApiKey } from "@/db/queries/api-keys";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Params = { params: Promise<{ keyId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [{ keyId }, t] = await Promise.all([params, getTranslations("admin.apiKeys")]);
  const key = await orNotFound(getApiKey({ keyId: idParam(keyId) }));
  return { title: t("keyTitle", { name: key.name }) };
}

export default async function ApiKeyPage({ params }: Params) {
  const { keyId } = await params;
  const [key, t, format] = await Promise.all([
    orNotFound(getApiKey({ keyId: idParam(keyId) })),
    getTranslations("admin.apiKeys"),
    getFormatter(),
  ]);
  return (
    <>
      <PageHeader
        title={t("keyTitle", { name: key.name })}
        back={<BackLink href="/admin/api-keys">{t("backToList")}</BackLink>}
      />
      <dl className="mb-8 grid max-w-2xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("prefix")}</dt>
        <dd>
          <code className="font-mono">{key.prefix}…</code>
        </dd>
        <dt className="font-semibold">{t("created")}</dt>
        <dd>
          {key.createdByName
            ? t("createdBy", { date: format.dateTime(key.createdAt, "dateTime"), name: key.createdByName })
            : format.dateTime(key.createdAt, "dateTime")}
        </dd>
        <dt className="font-semibold">{t("expires")}</dt>
        <dd>
          <FormattedDay value={key.validThrough} />
        </dd>
        <dt className="font-semibold">{t("lastUsed")}</dt>
        <dd>{key.lastUsedAt ? <FormattedDate value={key.lastUsedAt} /> : t("never")}</dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{t(`statuses.${key.status}`)}</dd>
      </dl>
      {key.status === "revoked" && key.revokedAt ? (
        <div className="max-w-3xl">
          <Notice tone="warning" title={t("alreadyRevoked")}>
            {t("revokedBy", {
              date: format.dateTime(key.revokedAt, "dateTime"),
              name: key.revokedByName ?? "—",
            })}
          </Notice>
        </div>
      ) : (
        <>
          {key.status === "expired" ? (
            <div className="mb-6 max-w-3xl">
              <Notice tone="warning">{t("expiredText")}</Notice>
            </div>
          ) : null}
          <section aria-labelledby="revoke-title" className="max-w-3xl border-t border-line pt-6">
            <h2 id="revoke-title" className="text-xl">
              {t("revokeTitle")}
            </h2>
            <RevokeApiKeyForm keyId={key.id} />
          </section>
        </>
      )}
    </>
  );
}
