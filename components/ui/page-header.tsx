import type { ReactNode } from "react";

export function PageHeader({
  title,
  intro,
  actions,
  back,
}: {
  title: ReactNode;
  intro?: ReactNode;
  actions?: ReactNode;
  back?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-col gap-3">
      {back}
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0 max-w-3xl">
          <h1 className="text-3xl">{title}</h1>
          {intro ? <p className="mt-2 text-lg text-muted">{intro}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-3">{actions}</div> : null}
      </div>
    </div>
  );
}
