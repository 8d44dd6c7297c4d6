import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { buttonClass } from "./button";

/**
 * The head of a section inside a page (a programme's indicators, studies, …): its title, what it holds, anything more
 * to say below that, and the link to add one when the viewer may.
 */
export function SectionHeader({
  title,
  intro,
  children,
  add,
}: {
  title: ReactNode;
  intro: ReactNode;
  children?: ReactNode;
  add?: { href: string; label: ReactNode } | null;
}) {
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
      <div className="max-w-3xl">
        <h2 className="text-2xl">{title}</h2>
        <p className="mt-1">{intro}</p>
        {children}
      </div>
      {add ? (
        <Link href={add.href} className={buttonClass("primary")}>
          {add.label}
        </Link>
      ) : null}
    </div>
  );
}
