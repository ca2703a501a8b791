import type { ButtonHTMLAttributes, ReactNode } from "react";

export interface SubmitButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> {
  pending?: boolean;
  /** Shown while the form is being sent, e.g. "正在提交…". */
  pendingLabel?: ReactNode;
  variant?: "primary" | "secondary" | "danger";
}

const VARIANT_CLASS = { primary: "btn", secondary: "btn btn-secondary", danger: "btn btn-danger" } as const;

/** Disabled (and aria-busy) while pending, so a double click submits once. */
export function SubmitButton({ pending = false, pendingLabel = "正在提交…", variant = "primary", children, className, disabled, ...button }: SubmitButtonProps) {
  return (
    <button {...button} type="submit" disabled={pending || disabled} aria-busy={pending} className={className ?? VARIANT_CLASS[variant]}>
      {pending ? pendingLabel : children}
    </button>
  );
}
