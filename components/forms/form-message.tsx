import type { ReactNode } from "react";

export type FormMessageTone = "error" | "success" | "info";

const TONE_CLASS: Record<FormMessageTone, string> = {
  error: "border-danger-600 bg-red-50 text-danger-600",
  success: "border-ok-600 bg-green-50 text-ok-600",
  info: "border-brand-500 bg-brand-50 text-brand-900",
};

/**
 * The form-level message. Errors use role="alert" so they are announced at once; success and
 * information use role="status".
 */
export function FormMessage({ tone = "error", children, id }: { tone?: FormMessageTone; children?: ReactNode; id?: string }) {
  if (!children) return null;
  return (
    <div id={id} tabIndex={-1} role={tone === "error" ? "alert" : "status"} className={`rounded border-l-4 px-4 py-3 text-sm font-medium ${TONE_CLASS[tone]}`}>
      {children}
    </div>
  );
}
