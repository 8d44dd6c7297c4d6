"use client";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import Link from "@/components/ui/link";

/**
 * The sections of one programme in one row; the current one is marked for screen readers too. When the row is wider
 * than the screen it scrolls sideways, with a shadow at the edge where more sections are, and the current section is
 * scrolled into sight.
 */
export function ProgrammeNav({ label, items }: { label: string; items: { href: string; text: string }[] }) {
  const pathname = usePathname();
  const list = useRef<HTMLUListElement>(null);
  // A section and the pages below it; "…/report" is not current on "…/reporting".
  const currentIndex = items.findIndex(
    (item, index) => pathname === item.href || (index > 0 && pathname.startsWith(`${item.href}/`)),
  );

  useEffect(() => {
    const row = list.current;
    const current = currentIndex < 0 ? null : row?.children.item(currentIndex);
    if (!row || !current) return;
    // Only sideways, and only within the row: the page itself does not move.
    const rowBox = row.getBoundingClientRect();
    const box = current.getBoundingClientRect();
    if (box.left < rowBox.left || box.right > rowBox.right) {
      row.scrollLeft += box.left - rowBox.left - (rowBox.width - box.width) / 2;
    }
  }, [currentIndex]);

  return (
    <nav aria-label={label} className="no-print mb-6">
      {/* The line under the row is drawn inside it, so the tabs' own underline covers it without overflowing. */}
      <ul ref={list} className="scroll-cue-x flex shadow-[inset_0_-1px_0_var(--ik-color-border)]">
        {items.map((item, index) => {
          const current = index === currentIndex;
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`flex min-h-11 items-center border-b-4 px-2.5 py-2 font-medium whitespace-nowrap no-underline hover:underline ${
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
