import type { ReactNode } from "react";

type Tone = "info" | "success" | "warning" | "danger";

const TONES: Record<Tone, string> = {
  info: "bg-info-surface border-primary",
  success: "bg-success-surface border-success",
  warning: "bg-warning-surface border-ink",
  danger: "bg-danger-surface border-danger",
};

/** A highlighted message. Pass `role="status"` when it appears after an action and must be announced. */
export function Notice({
  tone = "info",
  title,
  children,
  role,
}: {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  role?: "status" | "alert";
}) {
  return (
    <div role={role} className={`rounded-ik border-l-4 p-4 ${TONES[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : ""}>{children}</div> : null}
    </div>
  );
}
