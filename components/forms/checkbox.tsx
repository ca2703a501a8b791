import type { InputHTMLAttributes, ReactNode } from "react";
import { describedBy, FieldError, hintIdOf } from "./field";

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "type"> {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  error?: string;
}

/** A checkbox with its label to the right; posts "on" when ticked. */
export function Checkbox({ name, label, id, hint, error, className, ...input }: CheckboxProps) {
  const fieldId = id ?? name;
  return (
    <div className={className ?? "space-y-1"}>
      <div className="flex items-start gap-2">
        <input
          {...input}
          type="checkbox"
          id={fieldId}
          name={name}
          aria-invalid={!!error}
          aria-describedby={describedBy(fieldId, hint, error)}
          className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
        />
        <label htmlFor={fieldId} className="text-slate-900">{label}</label>
      </div>
      {hint && <p id={hintIdOf(fieldId)} className="pl-6 text-sm text-slate-600">{hint}</p>}
      <div className="pl-6"><FieldError id={fieldId} error={error} /></div>
    </div>
  );
}
