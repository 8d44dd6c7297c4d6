import type { ButtonHTMLAttributes } from "react";

export type Variant = "primary" | "secondary" | "danger" | "link";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-primary text-on-primary hover:bg-primary-hover border-2 border-primary hover:border-primary-hover",
  secondary: "bg-page text-primary border-2 border-primary hover:bg-surface",
  danger: "bg-danger text-white border-2 border-danger hover:opacity-90",
  link: "text-link underline underline-offset-2 px-0 py-0 min-h-0 border-0 bg-transparent",
};

export function buttonClass(variant: Variant = "primary") {
  const base =
    variant === "link"
      ? "inline font-medium"
      : "inline-flex min-h-11 items-center justify-center gap-2 rounded-ik px-4 py-2 font-semibold no-underline";
  return `${base} ${VARIANTS[variant]} disabled:cursor-not-allowed disabled:opacity-60`;
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type="button" className={`${buttonClass(variant)} ${className}`} {...props} />;
}
