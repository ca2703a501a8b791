"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { issueCertificateAction } from "@/lib/certificates/actions";
import type { CertificateKindName } from "@/lib/certificates/content";

/** 开具证明: issues (or finds the same valid) certificate and opens its page. */
export function IssueButton({ kind, applicationId, personNo, label = "开具" }: { kind: CertificateKindName; applicationId?: string; personNo?: string; label?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        className="btn"
        disabled={pending}
        aria-busy={pending}
        onClick={() => {
          setError(null);
          startTransition(async () => {
            const res = await issueCertificateAction({ kind, applicationId, personNo });
            if (res.ok) router.push(res.data.href);
            else setError(res.message);
          });
        }}
      >
        {pending ? "正在开具…" : label}
      </button>
      {error && <span role="alert" className="text-sm text-danger-600">{error}</span>}
    </span>
  );
}
