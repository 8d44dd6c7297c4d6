"use client";
import { usePathname } from "next/navigation";
import Link from "@/components/ui/link";

/** The sections of one programme; the current one is marked for screen readers too. */
export function ProgrammeNav({ label, items }: { label: string; items: { href: string; text: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print mb-6 border-b border-line">
      <ul className="flex flex-wrap gap-x-1">
        {items.map((item, index) => {
          // A section and the pages below it; "…/report" is not current on "…/reporting".
          const current = pathname === item.href || (index > 0 && pathname.startsWith(`${item.href}/`));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px block min-h-11 border-b-4 px-3 py-2 font-medium no-underline hover:underline ${
                  current ? "border-primary font-bold text-ink" : "border-transparent text-link"
                }`}
              >
                {item.text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
