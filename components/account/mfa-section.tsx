// The authenticator app on the account page, and the set-up on the page that must come first: off (a button to
// start), being set up (the QR code, the secret as text, the code), or on (recovery codes left, new ones, off).
import { getTranslations } from "next-intl/server";
import { startMfaSetupAction } from "@/app/(app)/account/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { OwnMfa } from "@/db/queries/mfa";
import { formatSecret } from "@/lib/domain/mfa";
import { qrImage } from "@/lib/server/qr";
import { MfaSetupSteps, RenewRecoveryCodesForm, TurnOffMfaForm } from "./mfa-forms";

/** Step 1 of setting up: the QR code for the app, and the same as text for whoever cannot scan. */
async function LinkTheApp({
  setup,
  email,
  heading: Heading,
}: {
  setup: NonNullable<OwnMfa["setup"]>;
  email: string;
  heading: StepHeading;
}) {
  const [t, qr] = await Promise.all([getTranslations("account.mfa"), qrImage(setup.uri)]);
  return (
    <section aria-labelledby="mfa-step-1" className="flex flex-col gap-3">
      <Heading id="mfa-step-1" className="text-xl">
        {t("step1Title")}
      </Heading>
      <p>{t("scanText")}</p>
      {/* biome-ignore lint/performance/noImgElement: a data: image made on the server; nothing to optimise. */}
      <img src={qr} alt={t("qrAlt")} width={200} height={200} className="h-50 w-50 border border-line bg-white" />
      <p>{t("cannotScan")}</p>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">{t("secretLabel")}</dt>
        <dd>
          <code className="font-mono text-lg break-all" data-testid="mfa-secret">
            {formatSecret(setup.secret)}
          </code>
        </dd>
        <dt className="font-semibold">{t("accountLabel")}</dt>
        <dd className="break-all">Impactkoers ({email})</dd>
        <dt className="font-semibold">{t("kindLabel")}</dt>
        <dd>{t("kind")}</dd>
      </dl>
    </section>
  );
}

/** The steps' headings: below the account page's section heading, or right below the set-up page's title. */
type StepHeading = "h2" | "h3";

export async function MfaSetup({
  mfa,
  email,
  place,
  continueHref,
  continueLabel,
}: {
  mfa: OwnMfa;
  email: string;
  place: "account" | "setup";
  continueHref: string;
  continueLabel: string;
}) {
  const t = await getTranslations("account.mfa");
  const heading: StepHeading = place === "setup" ? "h2" : "h3";
  if (!mfa.setup) {
    return (
      <form action={startMfaSetupAction.bind(null, place)}>
        <Button type="submit">{t("start")}</Button>
      </form>
    );
  }
  return (
    <MfaSetupSteps continueHref={continueHref} continueLabel={continueLabel} heading={heading}>
      <LinkTheApp setup={mfa.setup} email={email} heading={heading} />
    </MfaSetupSteps>
  );
}

export async function MfaSection({ mfa, email, changed }: { mfa: OwnMfa; email: string; changed?: string }) {
  const t = await getTranslations("account.mfa");
  return (
    <section id="tweestaps" aria-labelledby="mfa-title" className="mt-8 max-w-2xl border-t border-line pt-6">
      <h2 id="mfa-title" className="mb-3 text-2xl">
        {t("title")}
      </h2>
      {(changed === "uit" && mfa.status === "off") || (changed === "aan" && mfa.status === "on") ? (
        <div className="mb-4">
          <Notice tone="success" role="status">
            {t(changed === "uit" ? "turnedOff" : "turnedOn")}
          </Notice>
        </div>
      ) : null}
      <p className="mb-3">{t("intro")}</p>
      {mfa.requirement ? <p className="mb-3 font-semibold">{t(`required.${mfa.requirement}`)}</p> : null}
      {mfa.status === "on" ? (
        <div className="flex flex-col gap-6">
          <p>
            <strong>{t("statusOn")}</strong> {t("recoveryLeft", { count: mfa.recoveryCodesLeft })}
          </p>
          <section aria-labelledby="mfa-renew-title">
            <h3 id="mfa-renew-title" className="mb-3 text-xl">
              {t("renewTitle")}
            </h3>
            <RenewRecoveryCodesForm />
          </section>
          <section aria-labelledby="mfa-off-title">
            <h3 id="mfa-off-title" className="mb-3 text-xl">
              {t("offTitle")}
            </h3>
            <TurnOffMfaForm required={mfa.requirement !== null} />
          </section>
        </div>
      ) : (
        <div className="flex flex-col gap-4">
          <p>
            <strong>{t("statusOff")}</strong> {t("noApp")}
          </p>
          <MfaSetup
            mfa={mfa}
            email={email}
            place="account"
            continueHref="/account?tweestaps=aan#tweestaps"
            continueLabel={t("done")}
          />
        </div>
      )}
    </section>
  );
}
