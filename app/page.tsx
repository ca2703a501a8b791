import Link from "next/link";
import { ServiceLinks } from "@/components/layout/service-links";
import { ROLE_HOME, areaPath } from "@/lib/auth/roles";
import { SignedInLink } from "@/components/session/signed-in-links";
import { currentUiMode } from "@/components/layout/ui-mode";

const SERVICES = [
  { href: "/guide", title: "办事指南", text: "社保事项的办理条件、材料、时限与流程" },
  { href: "/appointments", title: "网上预约", text: "预约服务网点窗口，到点办理不排队" },
  { href: "/applications", title: "网上申报", text: "在线提交申请，随时查看办理进度" },
  { href: "/inquiry", title: "网上查询", text: "参保登记、缴费记录、个人账户与待遇" },
  { href: "/verify", title: "证明验证", text: "输入防伪码，核验参保证明等电子凭证真伪" },
  { href: "/consult", title: "咨询投诉", text: "政策咨询、意见建议、投诉举报" },
];

/**
 * 长辈版 home (W1): one column of large entries, the services older people use most, each one
 * activation from here (a visitor who is not logged in is taken to login and then straight on).
 */
const ELDER_SERVICES = [
  { href: areaPath("PERSON", "rights/benefits"), title: "养老金查询", text: "查看养老金每月发放金额和到账记录" },
  { href: `${areaPath("PERSON", "rights/benefits")}#qualification`, title: "资格认证", text: "查看今年的待遇领取资格认证情况" },
  { href: areaPath("PERSON", "certificates"), title: "参保证明打印", text: "下载、打印参保证明和缴费证明" },
  { href: areaPath("PERSON", "rights/contributions"), title: "缴费查询", text: "查看每年每月的社保缴费记录" },
  { href: "/appointments", title: "预约办事", text: "预约到服务网点窗口办理，不用排队" },
  { href: "/consult", title: "咨询", text: "有问题可以写信咨询，也可拨打 12333" },
];

function ElderHome() {
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1>长辈版 · 常用服务</h1>
      <p>请点击下面的大按钮办理。如需朗读本页内容，请点击页面顶部的“朗读”。</p>
      <ul className="space-y-4" aria-label="常用服务">
        {ELDER_SERVICES.map((s) => (
          <li key={s.title}>
            <Link href={s.href} className="card flex min-h-[60px] flex-col gap-1 border-2 border-brand-700 text-brand-900 hover:bg-brand-50 hover:no-underline">
              <span className="text-[1.3rem] font-bold">{s.title}</span>
              <span>{s.text}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p>服务热线：12333（工作日 9:00–17:00）</p>
    </div>
  );
}

const ENTER = {
  PERSON: { href: ROLE_HOME.PERSON, label: "进入个人办事" },
  UNIT: { href: ROLE_HOME.UNIT, label: "进入单位办事" },
  STAFF: { href: ROLE_HOME.STAFF, label: "进入经办工作台" },
  ADMIN: { href: ROLE_HOME.ADMIN, label: "进入管理后台" },
};

export default async function HomePage() {
  if ((await currentUiMode()) === "elder") return <ElderHome />;
  return (
    <div className="space-y-8">
      <section aria-labelledby="welcome" className="rounded-lg bg-gradient-to-r from-brand-700 to-brand-600 px-6 py-8 text-white">
        <h1 id="welcome" className="text-2xl font-bold text-white sm:text-3xl">社保服务，网上办、就近办、一次办</h1>
        <p className="mt-2 max-w-2xl text-brand-50">参保人和参保单位可在本平台办理社会保险业务、查询个人权益、预约窗口服务、下载和验证电子证明。</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <SignedInLink
            links={ENTER}
            className="btn bg-white text-brand-800 hover:bg-brand-50"
            fallback={
              <>
                <Link href="/login" className="btn bg-white text-brand-800 hover:bg-brand-50">登录办事</Link>
                <Link href="/register" className="btn btn-secondary border-white bg-transparent text-white hover:bg-brand-800">注册账户</Link>
              </>
            }
          />
        </div>
      </section>
      <section aria-labelledby="services">
        <h2 id="services" className="mb-3">服务入口</h2>
        <ServiceLinks links={SERVICES} label="服务入口" />
      </section>
      <section aria-labelledby="audiences" className="grid gap-4 sm:grid-cols-2">
        <div className="card">
          <h2 id="audiences">个人服务</h2>
          <p className="mt-1 text-sm">参保证明打印、个人权益记录查询、养老保险关系转移接续、待遇领取资格认证、基本养老金测算。</p>
          <Link href="/guide?for=PERSON" className="mt-2 inline-block text-sm">查看个人办事指南 →</Link>
        </div>
        <div className="card">
          <h2>单位服务</h2>
          <p className="mt-1 text-sm">职工参保登记、单位基本信息变更、缴费核定查询、劳动用工备案，以及政企直连接入。</p>
          <Link href="/guide?for=UNIT" className="mt-2 inline-block text-sm">查看单位办事指南 →</Link>
        </div>
      </section>
    </div>
  );
}
