import type { ReactNode, SelectHTMLAttributes } from "react";
import { Field } from "./field";

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> {
  name: string;
  label: ReactNode;
  options: readonly SelectOption[];
  id?: string;
  hint?: ReactNode;
  error?: string;
  /** A first, empty choice such as "请选择". */
  placeholder?: string;
}

export function Select({ name, label, options, id, hint, error, required, placeholder, className, ...select }: SelectProps) {
  const fieldId = id ?? name;
  return (
    <Field id={fieldId} label={label} hint={hint} error={error} required={required}>
      {(a11y) => (
        <select {...select} {...a11y} name={name} className={className ?? "input"}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      )}
    </Field>
  );
}
