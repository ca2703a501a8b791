import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { ServiceLinks } from "@/components/layout/service-links";
import { directWaitingCounts } from "@/lib/direct-access/queries";

export const metadata = { title: "平台管理" };

const LINKS = [
  { href: areaPath("ADMIN", "users"), title: "用户管理", text: "查询、锁定解锁、重置密码、分配角色" },
  { href: areaPath("ADMIN", "catalogue"), title: "事项管理", text: "编辑服务事项与办事指南" },
  { href: areaPath("ADMIN", "centres"), title: "网点与日历", text: "服务网点、窗口、节假日与调休" },
  { href: areaPath("ADMIN", "audit"), title: "留痕校验", text: "校验操作留痕哈希链" },
];

export default async function AreaHome() {
  const user = await requirePageRole(["ADMIN"], "/admin");
  const direct = await directWaitingCounts(new Date());
  const links = [
    ...LINKS,
    { href: areaPath("ADMIN", "direct"), title: "政企直连管理", text: `接口、调用统计与系统参数；已暂停企业 ${direct.suspended} 家，超期审核 ${direct.overdue} 件` },
  ];
  return (
    <div className="space-y-4">
      <h1>平台管理</h1>
      <p>您好，{user.name}。</p>
      <ServiceLinks links={links} label="平台管理" />
    </div>
  );
}
