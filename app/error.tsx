"use client";

import Link from "next/link";

/** Never shows the error itself (no stack trace); the digest lets support find the server log. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="card mx-auto max-w-xl text-center" role="alert">
      <h1>系统繁忙</h1>
      <p className="mt-2">页面暂时无法显示，请稍后重试。如问题持续，请拨打 12333 并提供编号。</p>
      {error.digest && <p className="mt-1 text-sm text-slate-600">编号：{error.digest}</p>}
      <div className="mt-4 flex justify-center gap-3">
        <button type="button" className="btn" onClick={reset}>重试</button>
        <Link href="/" className="btn btn-secondary">返回首页</Link>
      </div>
    </div>
  );
}
