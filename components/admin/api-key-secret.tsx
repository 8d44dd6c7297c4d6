"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import type { CreatedApiKey } from "@/db/queries/api-keys";

/** A new key, shown once: nothing stores it readably, so it cannot be shown again. */
export function ApiKeySecret({ created }: { created: CreatedApiKey }) {
  const t = useTranslations("admin.apiKeys");
  const format = useFormatter();
  // Noon UTC is the same calendar day in Amsterdam whatever the season.
  const validThrough = format.dateTime(new Date(`${created.validThrough}T12:00:00Z`), "date");
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  async function copyKey() {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <Notice tone="success" title={t("createdTitle", { name: created.name })} role="status">
        <p>{t("keyOnce")}</p>
      </Notice>
      <div className="flex flex-col gap-2">
        <label htmlFor="api-key" className="font-semibold">
          {t("keyLabel")}
        </label>
        <textarea
          id="api-key"
          readOnly
          rows={2}
          value={created.key}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
          className="w-full max-w-xl resize-none rounded-ik border-2 border-input bg-page px-3 py-2 font-mono text-base break-all text-ink"
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="secondary" onClick={copyKey}>
            {t("copy")}
          </Button>
          <p role="status" className="font-semibold">
            {copy === "copied" ? t("copied") : copy === "failed" ? t("copyFailed") : ""}
          </p>
        </div>
      </div>
      <p>{t("validThrough", { date: validThrough })}</p>
      <p>{t("howToUse")}</p>
      <p>
        <Link href="/admin/api-keys">{t("toList")}</Link>
      </p>
    </div>
  );
}
