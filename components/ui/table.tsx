import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

/**
 * A data table that scrolls sideways on narrow screens instead of breaking the page. It is the containing block of
 * what is positioned inside it (text for screen readers only), so that is clipped with the table, not left sticking
 * out of the page. A shadow at the edge shows that there is more to see; the first column stays in place while the
 * rest scrolls, so each row keeps its name.
 */
export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard.
    <section className="scroll-cue-x relative" tabIndex={0} aria-label={caption}>
      <table className="w-full border-collapse text-left [&_tr>:first-child]:sticky [&_tr>:first-child]:left-0 [&_tr>:first-child]:z-10 [&_tr>:first-child]:bg-page">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </section>
  );
}

/** `compact`: less room beside the text, for wide tables that should fit a laptop screen without scrolling. */
type Compact = { compact?: boolean };

export function Th({ className = "", compact = false, ...props }: ThHTMLAttributes<HTMLTableCellElement> & Compact) {
  return (
    <th
      scope="col"
      className={`border-b-2 border-ink py-2 font-semibold ${compact ? "px-2" : "px-3"} ${className}`}
      {...props}
    />
  );
}

export function Td({ className = "", compact = false, ...props }: TdHTMLAttributes<HTMLTableCellElement> & Compact) {
  return <td className={`border-b border-line py-2 align-top ${compact ? "px-2" : "px-3"} ${className}`} {...props} />;
}
