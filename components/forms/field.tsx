import type { ReactNode } from "react";

/** What a control needs to be tied to its label, hint and error. */
export interface ControlA11yProps {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
  required?: boolean;
}

export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  children: (control: ControlA11yProps) => ReactNode;
}

export const hintIdOf = (id: string) => `${id}-hint`;
export const errorIdOf = (id: string) => `${id}-error`;

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? hintIdOf(id) : null, error ? errorIdOf(id) : null].filter(Boolean).join(" ") || undefined;
}

/**
 * A labelled form field: label above, the control, a hint and the error message below. The
 * control gets aria-invalid and aria-describedby pointing at the hint and error, so a screen
 * reader reads them with the field.
 */
export function Field({ id, label, hint, error, required, className, children }: FieldProps) {
  return (
    <div className={className ?? "space-y-1"}>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
        {required && <span className="ml-0.5 text-danger-600" aria-hidden="true">*</span>}
      </label>
      {children({ id, "aria-invalid": !!error, "aria-describedby": describedBy(id, hint, error), required })}
      {hint && <p id={hintIdOf(id)} className="text-sm text-slate-600">{hint}</p>}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={errorIdOf(id)} className="text-sm font-medium text-danger-600">
      <span aria-hidden="true">⚠ </span>{error}
    </p>
  );
}
