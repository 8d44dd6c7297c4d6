"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="max-w-2xl">
      <h1 ref={heading} tabIndex={-1} className="text-3xl">
        {t("errorTitle")}
      </h1>
      <p className="mt-3">{t("errorText")}</p>
      <button type="button" onClick={reset} className="mt-4 min-h-11 font-semibold text-link underline">
        {t("tryAgain")}
      </button>
    </div>
  );
}
