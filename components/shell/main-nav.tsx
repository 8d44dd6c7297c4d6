"use client";
import { usePathname } from "next/navigation";
import Link from "@/components/ui/link";
import { isCurrent, type NavItem } from "@/lib/navigation";

export type NavSectionView = { label: string; heading?: string; items: (NavItem & { text: string })[] };

export function MainNav({ label, sections }: { label: string; sections: NavSectionView[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print">
      {sections.map((section) => (
        <div key={section.label} className="mb-4">
          {section.heading ? (
            <h2 className="mb-1 px-3 text-sm font-semibold uppercase tracking-wide text-muted">{section.heading}</h2>
          ) : null}
          <ul className="flex flex-wrap gap-1 md:flex-col">
            {section.items.map((item) => {
              const current = isCurrent(item, pathname);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={current ? "page" : undefined}
                    className={`block min-h-11 rounded-ik px-3 py-2 font-medium no-underline hover:underline ${
                      current ? "bg-surface-strong font-bold text-ink" : "text-link"
                    }`}
                  >
                    {item.text}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
