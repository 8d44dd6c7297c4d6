import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Notice } from "@/components/ui/notice";
import type { ChainStatus } from "@/db/queries/audit-chain";

/**
 * Whether the gemeente's audit trail is unchanged since its first event, with a button that asks for a new check (a
 * plain GET form: the check changes nothing the gemeente recorded).
 */
export async function AuditChainStatus({ status }: { status: ChainStatus }) {
  const t = await getTranslations("admin.activity.chain");
  const checkedAt = () => <FormattedDate value={status.checkedAt} />;
  const recheck = (
    <form method="get" action="/admin/activity" className="mt-3">
      <input type="hidden" name="keten" value="controleren" />
      <button type="submit" className={buttonClass("secondary")}>
        {t("recheck")}
      </button>
    </form>
  );
  if (!status.broken) {
    return (
      <Notice tone="success" title={t("intactTitle")}>
        <p>{t.rich("intact", { count: status.events, when: checkedAt })}</p>
        <p className="mt-1">{t("explain")}</p>
        {recheck}
      </Notice>
    );
  }
  const { id, kind, createdAt } = status.broken;
  return (
    <Notice tone="danger" title={t("brokenTitle")}>
      <p>
        {t.rich("broken", { id, reason: t(`kinds.${kind}`), when: checkedAt })}{" "}
        {createdAt ? t.rich("brokenTime", { when: () => <FormattedDate value={createdAt} /> }) : null}
      </p>
      <p className="mt-1">{t("advice")}</p>
      {recheck}
    </Notice>
  );
}
