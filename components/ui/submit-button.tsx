"use client";
import type { ButtonHTMLAttributes, ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass, type Variant } from "./button";

/** A submit button that says it is busy while its form's action runs. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; pendingLabel: ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className={`${buttonClass(variant)} ${className}`}
      aria-disabled={pending || undefined}
      disabled={pending}
      {...props}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
