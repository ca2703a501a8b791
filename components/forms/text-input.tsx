import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { Field } from "./field";

export interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> {
  name: string;
  label: ReactNode;
  /** Defaults to the name; set it when one page has two forms with the same field name. */
  id?: string;
  hint?: ReactNode;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/** An uncontrolled text input (defaultValue): what the user typed stays when the form shows errors. */
export function TextInput({ name, label, id, hint, error, required, className, ref, ...input }: TextInputProps) {
  const fieldId = id ?? name;
  return (
    <Field id={fieldId} label={label} hint={hint} error={error} required={required}>
      {(a11y) => <input {...input} {...a11y} ref={ref} name={name} className={className ?? "input"} />}
    </Field>
  );
}
