"use client";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import Link from "@/components/ui/link";
import { isCurrent, type NavItem } from "@/lib/navigation-item";

export type NavSectionView = { label: string; heading?: string; items: (NavItem & { text: string })[] };

const MENU_ID = "main-menu";

const noSubscription = () => () => {};

/** False in the server's HTML and while it hydrates, true once React runs the page in the browser. */
function useHydrated() {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * The main navigation: a column beside the content on wide screens, behind a "Menu" button below `lg`. Before the
 * page's JavaScript runs (or when it fails), the button is a link to the menu that opens it with CSS (`:target`), so
 * the navigation is never out of reach.
 */
export function MainNav({
  label,
  menuLabel,
  sections,
}: {
  label: string;
  menuLabel: string;
  sections: NavSectionView[];
}) {
  const pathname = usePathname();
  const hydrated = useHydrated();
  // Open for the page it was opened on: following a link in the menu closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);
  const area = useRef<HTMLDivElement>(null);

  // Opened through the link before the page ran its JavaScript: stay open.
  useEffect(() => {
    if (window.location.hash === `#${MENU_ID}`) setOpenOn(window.location.pathname);
  }, []);

  useEffect(() => {
    const element = area.current;
    if (!open || !element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      setOpenOn(null);
      button.current?.focus();
    };
    element.addEventListener("keydown", onKeyDown);
    return () => element.removeEventListener("keydown", onKeyDown);
  }, [open]);

  const toggleClass =
    "flex min-h-11 w-full items-center gap-2 rounded-ik border-2 border-input px-3 font-semibold text-ink no-underline lg:hidden";
  const icon = (
    <span aria-hidden="true" className="text-xl leading-none">
      {open ? "×" : "☰"}
    </span>
  );

  return (
    <div ref={area} className="no-print">
      {hydrated ? (
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={MENU_ID}
          onClick={() => setOpenOn(open ? null : pathname)}
          className={toggleClass}
        >
          {icon}
          {menuLabel}
        </button>
      ) : (
        <a href={`#${MENU_ID}`} className={toggleClass}>
          {icon}
          {menuLabel}
        </a>
      )}
      <nav
        id={MENU_ID}
        aria-label={label}
        className={`max-lg:mt-2 ${open ? "" : "max-lg:hidden"} ${hydrated ? "" : "max-lg:target:block"}`}
      >
        {sections.map((section) => (
          <div key={section.label} className="mb-4">
            {section.heading ? (
              <h2 className="mb-1 px-3 text-sm font-semibold uppercase tracking-wide text-muted">{section.heading}</h2>
            ) : null}
            <ul className="main-nav-list grid gap-1 sm:grid-cols-2 lg:grid-cols-1">
              {section.items.map((item) => {
                const current = isCurrent(item, pathname);
                return (
                  <li key={item.href}>
                    <Link href={item.href} aria-current={current ? "page" : undefined}>
                      {item.text}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </nav>
    </div>
  );
}
