// The part of a user's page about their authenticator app: on or off, and resetting it (after a confirm step) for
// someone who lost the phone with the app.

import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { getMemberMfa } from "@/db/queries/member-mfa";
import { ResetMfaForm } from "./member-mfa-reset";

export async function MemberMfaSection({
  memberId,
  name,
  step,
}: {
  memberId: number;
  name: string;
  /** "resetten": ask to confirm; "gereset": just done. */
  step?: string;
}) {
  const [mfa, t] = await Promise.all([getMemberMfa({ memberId }), getTranslations("admin.users")]);
  if (!mfa) return null;
  return (
    <section id="tweestaps" aria-labelledby="mfa-title" className="mt-8 max-w-2xl border-t border-line pt-6">
      <h2 id="mfa-title" className="mb-4 text-2xl">
        {t("mfaTitle")}
      </h2>
      {step === "gereset" && !mfa.enabled ? (
        <div className="mb-4">
          <Notice tone="success" role="status">
            {t("mfaResetDone", { name })}
          </Notice>
        </div>
      ) : null}
      <p>{mfa.self ? t("mfaSelf") : t(mfa.enabled ? "mfaOn" : "mfaOff", { name })}</p>
      {mfa.enabled && mfa.mayReset ? (
        <div className="mt-4">
          {step === "resetten" ? (
            <ResetMfaForm memberId={memberId} name={name} />
          ) : (
            <Link href={`/admin/users/${memberId}?tweestaps=resetten#tweestaps`} className={buttonClass("secondary")}>
              {t("mfaResetStart")}
            </Link>
          )}
        </div>
      ) : null}
    </section>
  );
}
