"use client";

import { useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/define-action";

export interface ActionButtonProps<T> {
  action: (input: unknown) => Promise<ActionResult<T>>;
  input: unknown;
  children: ReactNode;
  /** Asked with the browser's confirm dialog before the action runs. */
  confirm?: string;
  /**
   * Shown when the action succeeds. `{name}` is replaced by that field of the action's result,
   * e.g. "短信已发送至 {maskedMobile}" (a string, because server components cannot pass functions).
   */
  successMessage?: string;
  variant?: "primary" | "secondary" | "danger";
  pendingLabel?: string;
}

function fillTemplate(template: string, data: unknown): string {
  const values = (data ?? {}) as Record<string, unknown>;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const VARIANT_CLASS = { primary: "btn", secondary: "btn btn-secondary", danger: "btn btn-danger" } as const;

/**
 * A button that runs one server action with fixed input, then refreshes the page's data. Its
 * message sits beside the button, so where the change removes the button's own row from the
 * page, keep the message in a component that stays (see app/staff/users/locked-accounts.tsx).
 */
export function ActionButton<T>({ action, input, children, confirm, successMessage, variant = "secondary", pendingLabel = "正在处理…" }: ActionButtonProps<T>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        className={VARIANT_CLASS[variant]}
        disabled={pending}
        aria-busy={pending}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          setResult(null);
          startTransition(async () => {
            const res = await action(input);
            if (res.ok) {
              const text = fillTemplate(successMessage ?? "操作成功", res.data);
              setResult({ ok: true, text });
              router.refresh();
            } else {
              setResult({ ok: false, text: res.message });
            }
          });
        }}
      >
        {pending ? pendingLabel : children}
      </button>
      {result && (
        <span role={result.ok ? "status" : "alert"} className={`text-sm ${result.ok ? "text-ok-600" : "text-danger-600"}`}>
          {result.text}
        </span>
      )}
    </span>
  );
}
