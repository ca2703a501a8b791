import Link from "next/link";

export default function NotFound() {
  return (
    <div className="card mx-auto max-w-xl text-center">
      <h1>页面不存在</h1>
      <p className="mt-2">您访问的页面不存在，或您无权查看该内容。</p>
      <p className="mt-4"><Link href="/" className="btn">返回首页</Link></p>
    </div>
  );
}
