"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { revealKeyAction } from "@/lib/direct-access/actions";

/**
 * 领取密钥 (E4, E5): the key's plaintext is fetched once and shown here; the page then shows
 * only its fingerprint. It is not kept in the page's server data, so a refresh cannot show it again.
 */
export function RevealKey({ keyId, label }: { keyId: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (shown) {
    return (
      <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3" role="status">
        <p className="font-semibold">{label}（只显示这一次，请立即复制并保存到 HR 系统的安全配置中）：</p>
        <p className="select-all break-all font-mono text-lg" data-testid="revealed-key">{shown}</p>
        <button type="button" className="btn btn-secondary" onClick={() => { setShown(null); router.refresh(); }}>我已保存</button>
      </div>
    );
  }
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        className="btn"
        disabled={pending}
        onClick={() => {
          if (!window.confirm("密钥只显示一次，请确认现在可以妥善保存。")) return;
          setError(null);
          startTransition(async () => {
            const res = await revealKeyAction({ id: keyId });
            if (res.ok) setShown(res.data.key);
            else setError(res.message);
          });
        }}
      >
        {pending ? "正在领取…" : `领取${label}`}
      </button>
      {error && <span role="alert" className="text-sm text-danger-600">{error}</span>}
    </span>
  );
}
