import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { ServiceLinks } from "@/components/layout/service-links";
import { directWaitingCounts } from "@/lib/direct-access/queries";

export const metadata = { title: "经办工作台" };

const LINKS = [
  { href: areaPath("STAFF", "applications"), title: "办件队列", text: "受理、补正、预审、办结网上申报，超期提醒" },
  { href: areaPath("STAFF", "appointments"), title: "今日预约", text: "按窗口查看当日预约，签到与爽约登记" },
  { href: areaPath("STAFF", "users"), title: "账户解锁", text: "为被锁定的参保人、单位账户解锁" },
  { href: areaPath("STAFF", "certificates"), title: "证明管理", text: "按防伪码查找电子证明，作废有误的证明" },
];

export default async function AreaHome() {
  const user = await requirePageRole(["STAFF", "ADMIN"], "/staff");
  const direct = await directWaitingCounts(new Date());
  const links = [
    ...LINKS,
    { href: areaPath("STAFF", "direct"), title: "政企直连审核", text: `待审核接入申请 ${direct.reviews} 件（超期 ${direct.overdue} 件），待答复意见建议 ${direct.feedback} 条` },
  ];
  return (
    <div className="space-y-4">
      <h1>经办工作台</h1>
      <p>您好，{user.name}。</p>
      <ServiceLinks links={links} label="经办工作台" />
    </div>
  );
}
