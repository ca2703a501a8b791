import Link from "next/link";

export const metadata = { title: "信息公开" };

const SECTIONS = [
  { href: "/disclosure/policies", title: "政策法规", text: "社会保险政策调整、经办流程变化等通知公告" },
  { href: "/guide", title: "服务事项与办事指南", text: "事项目录、办理材料、办理时限和办理方式" },
  { href: "/disclosure/centres", title: "经办服务网点", text: "地址、办公时间和咨询电话" },
  { href: "/disclosure/credit", title: "信用信息", text: "单位信用等级和社会保险领域失信名单" },
  { href: "/disclosure/forms", title: "表格下载", text: "常用表格的空白表和填写样例（PDF）" },
  { href: "/consult", title: "常见问题", text: "知识库和网友来信的公开答复" },
];

/** 信息公开 (K3, LD/T 01 §5.6). */
export default function DisclosureEntry() {
  return (
    <div className="space-y-4">
      <h1>信息公开</h1>
      <p>公开社会保险政策法规、服务事项目录与办事指南、经办服务网点和信用信息（LD/T 01 §5.6）。</p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {SECTIONS.map((s) => (
          <li key={s.href} className="card">
            <Link href={s.href} className="text-lg font-medium">{s.title}</Link>
            <p className="mt-1 text-sm text-slate-600">{s.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
