"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", padding: "2rem", textAlign: "center" }}>
        <h1>系统繁忙</h1>
        <p>页面暂时无法显示，请稍后重试，或拨打 12333。</p>
        {error.digest && <p>编号：{error.digest}</p>}
        {/* A full page load, not client navigation: the root layout itself failed. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <p><a href="/">返回首页</a></p>
      </body>
    </html>
  );
}
