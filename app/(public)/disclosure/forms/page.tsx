import Link from "next/link";
import { FORM_TEMPLATES } from "@/lib/disclosure/forms";

export const metadata = { title: "表格下载" };

/** 表格下载 (K3): blank templates and filled samples of the agency's forms, as PDF. */
export default function FormsPage() {
  return (
    <div className="space-y-4">
      <p><Link href="/disclosure">← 信息公开</Link></p>
      <h1>表格下载</h1>
      <p>以下表格可下载打印后手工填写，到服务网点办理时使用；每份表格都附有填写样例。网上申报时无需填写纸质表格。</p>
      <ul className="space-y-3">
        {FORM_TEMPLATES.map((f) => (
          <li key={f.code} className="card space-y-1">
            <h2 className="text-lg">{f.title}</h2>
            <p className="text-sm text-slate-700">表号 {f.code}。{f.purpose}</p>
            <p className="flex flex-wrap gap-3">
              <a href={`/api/forms/${f.code}?variant=blank`} className="btn" download>下载空白表（PDF）</a>
              <a href={`/api/forms/${f.code}?variant=sample`} className="btn btn-secondary" download>下载填写样例（PDF）</a>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
