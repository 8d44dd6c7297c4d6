"use client";
import { useActionState } from "react";
import { type FormState, initialFormState } from "@/lib/validation/form";
import type { Variant } from "./button";
import { useFlashAction } from "./page-flash";
import { SubmitButton } from "./submit-button";

/**
 * A single button that runs a server action (remove, mark done) and shows the refusal beside it when the action
 * says no, for instance because something still refers to what would be removed.
 */
export function ActionButton({
  action,
  label,
  pendingLabel,
  variant = "secondary",
  hidden = {},
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  label: React.ReactNode;
  pendingLabel: React.ReactNode;
  variant?: Variant;
  hidden?: Record<string, string>;
}) {
  const flash = useFlashAction(action);
  const [state, formAction] = useActionState<FormState, FormData>(flash.action, initialFormState);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <SubmitButton variant={variant} pendingLabel={pendingLabel} className="min-h-9 px-3 py-1 text-sm">
          {label}
        </SubmitButton>
      </div>
      {state.status === "error" && state.message ? (
        <p role="status" className="text-sm font-semibold text-danger">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
