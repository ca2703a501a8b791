import Link from "next/link";
import { areaPath } from "@/lib/auth/roles";
import { listApplicableItems } from "@/lib/applications/queries";
import { HandlingBadge } from "@/components/catalogue/handling-badge";
import { SignedInLink } from "@/components/session/signed-in-links";

export const metadata = { title: "网上申报" };

/** 网上申报 for everyone: how applying works and which items can be applied for online (LD/T 01 §5.3). */
export default async function ApplicationsEntry() {
  const [personItems, unitItems] = await Promise.all([listApplicableItems("PERSON"), listApplicableItems("UNIT")]);
  return (
    <div className="space-y-6">
      <h1>网上申报</h1>
      <p>选择服务事项，在线填写申请、上传材料，核对并确认后提交；提交后可随时查看受理时间、受理部门、办理进度和办理结果。</p>
      <ol className="grid gap-2 sm:grid-cols-4">
        {["登录后选择事项", "填写信息、上传材料（PDF、JPG、PNG，单个不超过 10 MB）", "核对信息、阅读风险提示并确认", "提交，获得申请编号，跟踪进度"].map((step, i) => (
          <li key={step} className="card"><strong>{i + 1}.</strong> {step}</li>
        ))}
      </ol>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        <li><strong>即办件</strong>：提交时自动核验，当场办结或告知不能办理的原因。</li>
        <li><strong>承诺件</strong>：经办人员受理后在承诺时限（工作日）内办结；材料不全的将通知补正。</li>
        <li><strong>预约件</strong>：网上预审通过后，预约到窗口核验原件。</li>
        <li>受理前可撤回申请；每次状态变化都会通过站内消息和短信通知您。</li>
      </ul>
      <p>
        <SignedInLink
          className="btn"
          links={{ PERSON: { href: areaPath("PERSON", "applications"), label: "进入我的申报" }, UNIT: { href: areaPath("UNIT", "applications"), label: "进入我的申报" } }}
          fallback={
            <>
              <Link href="/login?next=%2Fperson%2Fapplications" className="btn">个人登录申报</Link>{" "}
              <Link href="/login?next=%2Funit%2Fapplications" className="btn btn-secondary">单位登录申报</Link>
            </>
          }
        />
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {[{ title: "个人可申报事项", items: personItems }, { title: "单位可申报事项", items: unitItems }].map((group) => (
          <section key={group.title} className="card space-y-2" aria-label={group.title}>
            <h2>{group.title}</h2>
            <ul className="space-y-1">
              {group.items.map((i) => (
                <li key={i.code}><Link href={`/guide/${i.code}`} className="underline">{i.name}</Link> <HandlingBadge type={i.handlingType} promisedDays={i.promisedDays} /></li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
