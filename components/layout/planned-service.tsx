import Link from "next/link";

/**
 * Entry page of a service whose online handling is not open yet: says so plainly and points
 * to what works today, instead of a form that does nothing.
 */
export function PlannedService({ title, intro, features }: { title: string; intro: string; features: string[] }) {
  return (
    <div className="space-y-4">
      <h1>{title}</h1>
      <p>{intro}</p>
      <div className="card border-warn-600/40 bg-amber-50">
        <h2 className="text-base">本项网上服务正在建设中</h2>
        <p className="mt-1 text-sm">上线后将提供：</p>
        <ul className="mt-1 list-disc pl-6 text-sm">
          {features.map((f) => <li key={f}>{f}</li>)}
        </ul>
        <p className="mt-2 text-sm">目前可先查看<Link href="/guide">办事指南</Link>，<Link href="/appointments">预约窗口</Link>办理，或拨打 12333 咨询。</p>
      </div>
    </div>
  );
}
