import type { ReactNode } from "react";

/** One titled part of a statement page (accessibility, privacy, contact): a section named by its h2. */
export function StatementSection({
  id,
  title,
  className = "max-w-3xl",
  children,
}: {
  id: string;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={`flex flex-col gap-2 ${className}`}>
      <h2 id={id} className="text-xl">
        {title}
      </h2>
      {children}
    </section>
  );
}
