import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { unitDirectOverview } from "@/lib/direct-access/queries";
import { AccessForm } from "@/components/direct-access/access-form";
import { pageUnitContext, UNBOUND_MESSAGE } from "../unit-context";

export const metadata = { title: "申请政企直连接入" };

/** E2: a new application, or the returned one edited for resubmission. */
export default async function ApplyPage() {
  const user = await requirePageRole(["UNIT"], "/unit/direct/apply");
  const unit = pageUnitContext(user);
  const home = areaPath("UNIT", "direct");
  if (!unit) return <div className="space-y-4"><h1>申请政企直连接入</h1><p>{UNBOUND_MESSAGE}</p></div>;
  const { application, enterprise } = await unitDirectOverview(unit);
  const open = application && (application.status === "SUBMITTED" || (application.status === "APPROVED" && enterprise?.status !== "REVOKED"));
  if (open) {
    return (
      <div className="space-y-4">
        <h1>申请政企直连接入</h1>
        <p>本单位的接入申请（编号 {application.applicationNo}）{application.status === "SUBMITTED" ? "正在审核" : "已审核通过"}，无需再次申请。<Link href={home} className="underline">返回</Link></p>
      </div>
    );
  }
  const returned = application?.status === "RETURNED" ? application : null;
  return (
    <div className="space-y-4">
      <h1>{returned ? "补充接入申请" : "申请政企直连接入"}</h1>
      {returned && <p className="rounded bg-amber-50 p-3">退回原因：{returned.reviewNote}</p>}
      <p className="text-sm text-slate-700">审核人员在提交后 5 个工作日内完成审核（DB3702 §8.5.1）；进度和结果可在“政企直连”页面查看。</p>
      <AccessForm
        homePath={home}
        defaults={returned ? {
          id: returned.id, hrSystemName: returned.hrSystemName, hrSystemVendor: returned.hrSystemVendor, contactName: returned.contactName,
          contactMobile: returned.contactMobile, contactEmail: returned.contactEmail, services: JSON.parse(returned.services) as string[],
          signPublicKey: returned.signPublicKey, letterFileName: returned.letterFileName,
        } : {}}
      />
    </div>
  );
}
