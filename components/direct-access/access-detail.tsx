import { formatShanghai } from "@/lib/calendar";
import { ACCESS_STATUS_LABELS, DECLARATIONS, serviceName, type AccessStatusName } from "@/lib/direct-access/labels";
import { Timeline } from "@/components/ui/timeline";

interface AccessApplicationView {
  id: string;
  applicationNo: string;
  unitName: string;
  creditCode: string;
  hrSystemName: string;
  hrSystemVendor: string;
  contactName: string;
  contactMobile: string;
  contactEmail: string;
  services: string;
  signPublicKey: string;
  declarations: string;
  letterFileName: string;
  letterSize: number;
  letterSm3: string;
  status: AccessStatusName;
  dueDate: string;
  reviewNote: string | null;
  submittedAt: Date;
  events: { id: string; at: Date; title: string; note: string | null; actorRole: string }[];
}

const TONE: Record<AccessStatusName, string> = {
  SUBMITTED: "bg-brand-50 text-brand-900",
  RETURNED: "bg-amber-100 text-warn-600",
  APPROVED: "bg-green-50 text-ok-600",
  REJECTED: "bg-red-50 text-danger-600",
};

export function AccessStatusBadge({ status }: { status: AccessStatusName }) {
  return <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${TONE[status]}`}>{ACCESS_STATUS_LABELS[status]}</span>;
}

/** An access application as both the unit and the reviewer read it (E2, E3; §8.5.2). */
export function AccessDetail({ app, letterHref }: { app: AccessApplicationView; letterHref: string }) {
  const services = JSON.parse(app.services) as string[];
  const declared = JSON.parse(app.declarations) as string[];
  return (
    <div className="space-y-4">
      <dl className="card grid gap-x-6 gap-y-2 sm:grid-cols-[8rem_1fr]">
        <dt className="text-slate-600">申请编号</dt><dd className="font-mono">{app.applicationNo}</dd>
        <dt className="text-slate-600">状态</dt><dd><AccessStatusBadge status={app.status} />{app.status === "SUBMITTED" && <span className="ml-2 text-sm">审核期限 {app.dueDate}</span>}</dd>
        {app.reviewNote && (<><dt className="text-slate-600">审核意见</dt><dd>{app.reviewNote}</dd></>)}
        <dt className="text-slate-600">单位</dt><dd>{app.unitName}（{app.creditCode}）</dd>
        <dt className="text-slate-600">HR 系统</dt><dd>{app.hrSystemName}（{app.hrSystemVendor}）</dd>
        <dt className="text-slate-600">联系人</dt><dd>{app.contactName} {app.contactMobile} {app.contactEmail}</dd>
        <dt className="text-slate-600">申请服务</dt><dd>{services.map(serviceName).join("、")}</dd>
        <dt className="text-slate-600">签名公钥</dt><dd className="break-all font-mono text-xs">{app.signPublicKey}</dd>
        <dt className="text-slate-600">信用承诺书</dt>
        <dd><a href={letterHref} className="underline">{app.letterFileName}</a> <span className="text-xs text-slate-500">{(app.letterSize / 1024).toFixed(0)} KB，SM3 {app.letterSm3.slice(0, 16)}…</span></dd>
        <dt className="text-slate-600">接入条件声明</dt>
        <dd><ul className="list-disc pl-5 text-sm">{DECLARATIONS.filter((d) => declared.includes(d.key)).map((d) => <li key={d.key}>{d.text}</li>)}</ul></dd>
        <dt className="text-slate-600">提交时间</dt><dd>{formatShanghai(app.submittedAt, "datetime")}</dd>
      </dl>
      <section>
        <h2>办理进度</h2>
        <Timeline label="接入申请进度" events={app.events.map((e) => ({ at: e.at, title: e.title, detail: e.note ?? undefined, by: e.actorRole === "UNIT" ? "申请单位" : "审核人员" }))} />
      </section>
    </div>
  );
}
