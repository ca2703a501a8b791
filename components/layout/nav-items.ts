import { areaPath, type Role } from "@/lib/auth/roles";

export interface NavItem {
  href: string;
  label: string;
}

/** Public navigation: every main service within one click of any page (LD/T 01 §6.1.3). */
export const PUBLIC_NAV: NavItem[] = [
  { href: "/", label: "首页" },
  { href: "/guide", label: "办事指南" },
  { href: "/appointments", label: "网上预约" },
  { href: "/applications", label: "网上申报" },
  { href: "/inquiry", label: "网上查询" },
  { href: "/verify", label: "证明验证" },
  { href: "/consult", label: "咨询投诉" },
  { href: "/disclosure", label: "信息公开" },
  { href: "/developer", label: "政企直连" },
];

/** Each role's own area (second level). */
export const ROLE_NAV: Record<Role, NavItem[]> = {
  PERSON: [
    { href: areaPath("PERSON"), label: "个人办事首页" },
    { href: areaPath("PERSON", "applications"), label: "网上申报" },
    { href: areaPath("PERSON", "rights"), label: "权益查询" },
    { href: areaPath("PERSON", "certificates"), label: "证明打印" },
    { href: areaPath("PERSON", "appointments"), label: "我的预约" },
    { href: areaPath("PERSON", "consult"), label: "咨询投诉" },
    { href: "/inbox", label: "我的消息" },
    { href: "/account", label: "账户安全" },
  ],
  UNIT: [
    { href: areaPath("UNIT"), label: "单位办事首页" },
    { href: areaPath("UNIT", "applications"), label: "单位申报" },
    { href: areaPath("UNIT", "bills"), label: "单位缴费" },
    { href: areaPath("UNIT", "employees"), label: "参保职工" },
    { href: areaPath("UNIT", "certificates"), label: "证明打印" },
    { href: areaPath("UNIT", "appointments"), label: "单位预约" },
    { href: areaPath("UNIT", "consult"), label: "咨询投诉" },
    { href: areaPath("UNIT", "direct"), label: "政企直连" },
    { href: "/inbox", label: "单位消息" },
    { href: "/account", label: "账户安全" },
  ],
  STAFF: [
    { href: areaPath("STAFF"), label: "经办工作台" },
    { href: areaPath("STAFF", "applications"), label: "办件队列" },
    { href: areaPath("STAFF", "appointments"), label: "今日预约" },
    { href: areaPath("STAFF", "users"), label: "账户解锁" },
    { href: areaPath("STAFF", "consult"), label: "信件办理" },
    { href: areaPath("STAFF", "ratings"), label: "差评回访" },
    { href: areaPath("STAFF", "knowledge"), label: "知识库" },
    { href: areaPath("STAFF", "direct"), label: "政企直连审核" },
    { href: areaPath("STAFF", "channels"), label: "第三方渠道" },
    { href: areaPath("STAFF", "certificates"), label: "证明管理" },
    { href: areaPath("STAFF", "middle-platform"), label: "中台对接" },
    { href: "/inbox", label: "消息" },
    { href: "/account", label: "账户安全" },
  ],
  ADMIN: [
    { href: areaPath("ADMIN"), label: "管理首页" },
    { href: areaPath("ADMIN", "users"), label: "用户管理" },
    { href: areaPath("ADMIN", "catalogue"), label: "事项管理" },
    { href: areaPath("ADMIN", "centres"), label: "网点与日历" },
    { href: areaPath("ADMIN", "audit"), label: "留痕校验" },
    { href: areaPath("ADMIN", "notices"), label: "政策推送" },
    { href: areaPath("ADMIN", "indicators"), label: "服务指标" },
    { href: areaPath("ADMIN", "credit"), label: "信用信息" },
    { href: areaPath("ADMIN", "direct"), label: "政企直连管理" },
    { href: areaPath("STAFF", "channels"), label: "第三方渠道" },
    { href: areaPath("STAFF", "appointments"), label: "预约现场" },
    { href: areaPath("STAFF", "middle-platform"), label: "中台对接" },
    { href: "/account", label: "账户安全" },
  ],
};
