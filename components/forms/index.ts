/** Shared form pieces: accessible fields that keep their values, and the hook that submits to a server action. */
export { Field, FieldError, describedBy, hintIdOf, errorIdOf, type ControlA11yProps, type FieldProps } from "./field";
export { TextInput, type TextInputProps } from "./text-input";
export { Select, type SelectOption, type SelectProps } from "./select";
export { Checkbox, type CheckboxProps } from "./checkbox";
export { SubmitButton, type SubmitButtonProps } from "./submit-button";
export { FormMessage, type FormMessageTone } from "./form-message";
// Client pieces: import them from their own files in client components.
//   useActionForm  → "@/components/forms/use-action-form"
//   ActionButton   → "@/components/forms/action-button"
