import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { ServiceLinks } from "@/components/layout/service-links";

export const metadata = { title: "单位办事" };

const LINKS = [
  { href: areaPath("UNIT", "applications"), title: "单位申报", text: "职工参保登记、单位信息变更等在线申报" },
  { href: areaPath("UNIT", "bills"), title: "单位参保与缴费", text: "单位参保登记、月度缴费核定与分险种明细" },
  { href: areaPath("UNIT", "employees"), title: "参保职工", text: "本单位参保职工，按姓名或证件号码后几位查询" },
  { href: areaPath("UNIT", "certificates"), title: "证明打印", text: "开具单位参保证明（含参保职工名单），下载 PDF 或打印" },
  { href: areaPath("UNIT", "appointments"), title: "单位预约", text: "为单位业务预约窗口" },
  { href: areaPath("UNIT", "direct"), title: "政企直连", text: "单位 HR 系统接入申请、测试验收与密钥" },
  { href: "/guide?for=UNIT", title: "单位办事指南", text: "单位可办的社保事项" },
  { href: "/inbox", title: "单位消息", text: "预约、办件与政策通知" },
  { href: "/account", title: "账户安全", text: "登录记录、修改密码" },
];

export default async function AreaHome() {
  const user = await requirePageRole(["UNIT"], "/unit");
  return (
    <div className="space-y-4">
      <h1>单位办事</h1>
      <p>您好，{user.name}。</p>
      <ServiceLinks links={LINKS} label="单位办事" />
    </div>
  );
}
