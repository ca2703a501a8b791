import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { ServiceLinks } from "@/components/layout/service-links";

export const metadata = { title: "个人办事" };

const LINKS = [
  { href: areaPath("PERSON", "applications"), title: "网上申报", text: "在线填写申请、上传材料，查看受理与办理进度" },
  { href: areaPath("PERSON", "rights"), title: "权益查询", text: "参保登记、缴费明细、个人账户、转移接续、待遇发放" },
  { href: areaPath("PERSON", "certificates"), title: "证明打印", text: "开具参保证明、缴费记录、待遇发放明细，下载 PDF 或打印" },
  { href: areaPath("PERSON", "appointments"), title: "我的预约", text: "预约服务网点窗口，查看和取消预约" },
  { href: "/guide?for=PERSON", title: "个人办事指南", text: "个人可办的社保事项" },
  { href: "/inbox", title: "我的消息", text: "预约、办件与政策通知" },
  { href: "/account", title: "账户安全", text: "登录记录、修改密码" },
];

export default async function AreaHome() {
  const user = await requirePageRole(["PERSON"], "/person");
  return (
    <div className="space-y-4">
      <h1>个人办事</h1>
      <p>您好，{user.name}。</p>
      <ServiceLinks links={LINKS} label="个人办事" />
    </div>
  );
}
