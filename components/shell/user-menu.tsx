import { getTranslations } from "next-intl/server";
import { SignOutForm } from "@/components/shell/sign-out-form";
import Link from "@/components/ui/link";
import type { Viewer } from "@/lib/auth/viewer";

export async function UserMenu({ viewer }: { viewer: Viewer }) {
  const [t, roles] = await Promise.all([getTranslations("shell"), getTranslations("roles")]);
  return (
    <details className="group relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-ik px-2 font-semibold [&::-webkit-details-marker]:hidden">
        <span className="sr-only">{t("userMenu")}: </span>
        {viewer.name}
        <span aria-hidden="true" className="transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-ik border border-line bg-page p-4 text-ink shadow-lg">
        <p className="font-semibold">{viewer.name}</p>
        <p className="break-all text-sm text-muted">{viewer.email}</p>
        <p className="mt-1 text-sm">
          {t("roleIn", { role: roles(viewer.role), organisation: viewer.organisationName })}
        </p>
        <ul className="mt-3 flex flex-col gap-1 border-t border-line pt-3">
          <li>
            <Link href="/account" className="block min-h-11 py-2">
              {t("account")}
            </Link>
          </li>
          <li>
            <SignOutForm>
              <button type="submit" className="min-h-11 py-2 font-semibold text-link underline underline-offset-2">
                {t("signOut")}
              </button>
            </SignOutForm>
          </li>
        </ul>
      </div>
    </details>
  );
}
