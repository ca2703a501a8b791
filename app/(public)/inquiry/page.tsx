import Link from "next/link";
import { areaPath } from "@/lib/auth/roles";
import { ServiceLinks } from "@/components/layout/service-links";

export const metadata = { title: "网上查询" };

const PERSON_LINKS = [
  { href: areaPath("PERSON", "rights"), title: "权益概览", text: "各险种参保登记、累计缴费年限、个人账户余额、历年缴费汇总" },
  { href: areaPath("PERSON", "rights/contributions"), title: "缴费明细", text: "逐月缴费基数、单位与个人缴纳、欠缴情况，按年度和险种查询，可导出全部明细" },
  { href: areaPath("PERSON", "rights/account"), title: "个人账户", text: "养老保险个人账户历年记账、记账利率与利息" },
  { href: areaPath("PERSON", "rights/transfers"), title: "转移接续", text: "跨统筹地区的转移接续记录" },
  { href: areaPath("PERSON", "rights/benefits"), title: "待遇发放", text: "待遇资格与逐月发放记录" },
];

const UNIT_LINKS = [
  { href: areaPath("UNIT", "bills"), title: "单位参保与缴费", text: "单位参保登记信息、月度缴费核定及分险种明细" },
  { href: areaPath("UNIT", "employees"), title: "参保职工", text: "本单位参保职工名单，按姓名或证件号码后几位查询" },
];

/** 网上查询 (LD/T 01 §5.2): what can be queried, by whom; the calculator is open to everyone. */
export default function InquiryEntry() {
  return (
    <div className="space-y-6">
      <h1>网上查询</h1>
      <p>参保人和参保单位登录后，可查询本人（本单位）的社会保险权益信息（LD/T 01 §5.2.2）。只能查询本人或本单位的信息。</p>
      <section aria-labelledby="calc" className="card space-y-1">
        <h2 id="calc">基本养老金测算</h2>
        <p>无需登录：输入退休年龄、缴费年限、平均缴费指数、个人账户储存额等，按国家规定的计发办法估算每月基本养老金。</p>
        <Link href="/inquiry/pension-calculator" className="btn">开始测算</Link>
      </section>
      <section aria-labelledby="person" className="space-y-2">
        <h2 id="person">个人权益查询（需个人登录）</h2>
        <ServiceLinks links={PERSON_LINKS} label="个人权益查询" />
      </section>
      <section aria-labelledby="unit" className="space-y-2">
        <h2 id="unit">单位信息查询（需单位登录）</h2>
        <ServiceLinks links={UNIT_LINKS} label="单位信息查询" />
      </section>
      <p className="text-sm text-slate-600">申报事项的办理进度请在登录后查看“我的办件”；如对查询结果有疑问，请拨打 12333 咨询。</p>
    </div>
  );
}
